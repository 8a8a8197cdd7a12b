package it.cartella.app.web;

import it.cartella.app.CartellaAppTest;
import it.cartella.app.access.UniquePeople;
import it.cartella.app.cases.CaseRef;
import it.cartella.app.cases.OpenCaseRequest;
import it.cartella.query.cases.CaseDetail;
import it.cartella.query.cases.CaseFile;
import it.cartella.query.cases.CaseFileQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every form a case manager fills in, each opened in the browser on a laptop screen and on a tablet: no serious or
 * critical WCAG 2.1 violation (axe-core) and nothing wider than the screen. The journey tests walk the forms with data;
 * this one makes sure none of them, the rarely used ones included, is left unchecked.
 */
class FormPagesAccessibilityTest extends CartellaAppTest {

    private static final List<String> FORMS_BEFORE_A_CASE = List.of("person", "household", "contact");
    private static final List<String> CASE_FORMS = List.of("assessment", "team", "team-meeting", "pais",
            "monitoring", "note", "closure", "transfer", "case-manager", "contact-link", "intervention", "tirocinio",
            "discharge");

    @LocalServerPort
    private int port;
    @Autowired
    private CaseFileQueries files;

    private Browser browser;

    @BeforeEach
    void signIn() {
        browser = Browser.get();
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("as.comune1");
        driver.findElement(By.id("password")).sendKeys("demo" + Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".signed-in")));
    }

    @Test
    void everyFormIsAccessibleAndFitsALaptopAndATablet() {
        WebTestClient comune1 = as("as.comune1");
        Map<String, Object> person = new LinkedHashMap<>(UniquePeople.next());
        person.put("residenceComune", "098031");
        String personId = id(comune1.post().uri("/api/persons").bodyValue(person), "personId");
        String householdId = id(comune1.post().uri("/api/households").bodyValue(Map.of("members", List.of(Map.of(
                "personId", personId, "relationship", "REFERENCE_PERSON", "role", "APPLICANT")),
                "compositionType", "SINGLE_PERSON")), "householdId");
        String caseId = comune1.post().uri("/api/cases").bodyValue(new OpenCaseRequest(personId, null, null, null,
                        null, null, "098031", "A", "SEGRETARIATO_SOCIALE", "ON_REQUEST", "comune-098031", "as-comune1",
                        null, householdId))
                .exchange().expectStatus().isCreated().expectBody(CaseRef.class).returnResult().getResponseBody()
                .caseId();
        String paisId = id(comune1.post().uri("/api/cases/{id}/pais", caseId).bodyValue(Map.of("objectives", List.of(
                Map.of("description", "Autonomia abitativa", "expectedResults", List.of(Map.of(
                        "description", "Alloggio stabile", "dueBy", "2025-06-30")))))), "paisId");
        comune1.post().uri("/api/pais/{id}/signature", paisId).bodyValue(Map.of("signedOn", LocalDate.now(ZoneId.of("Europe/Rome")).toString(),
                        "signatories", List.of(Map.of("role", "BENEFICIARY", "personId", personId),
                                Map.of("role", "CASE_MANAGER", "user", "as-comune1"))))
                .exchange().expectStatus().is2xxSuccessful();
        String tirocinioId = id(comune1.post().uri("/api/tirocini").bodyValue(Map.of("caseId", caseId,
                "promoter", "udp-lodi", "hostOrganisation", "coop-il-mosaico", "hostTutor", "Marta Galli",
                "start", "2025-01-01", "plannedEnd", "2025-12-31", "weeklyHours", 20, "monthlyIndemnity", 0)),
                "tirocinioId");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            CaseDetail file = files.detail(caseId).block();
            return file != null && file.plans.size() == 1 && file.plans.get(0).status == CaseFile.PlanStatus.SIGNED
                    && file.people.stream().anyMatch(p -> p.personId().equals(personId) && p.lastName() != null);
        });

        List<String> pages = new java.util.ArrayList<>();
        FORMS_BEFORE_A_CASE.forEach(form -> pages.add("/act/" + form));
        CASE_FORMS.forEach(form -> pages.add("/cases/" + caseId + "/act/" + form));
        pages.add("/cases/" + caseId + "/act/pais-redraft?on=" + paisId);
        pages.add("/cases/" + caseId + "/act/person-correction?on=" + personId);
        pages.add("/cases/" + caseId + "/act/residence?on=" + personId);
        pages.add("/cases/" + caseId + "/act/household-member?on=" + householdId);
        pages.add("/cases/" + caseId + "/act/isee?on=" + householdId);
        for (String form : List.of("attendance", "extension", "completion", "interruption")) {
            pages.add("/cases/" + caseId + "/act/" + form + "?on=" + tirocinioId);
        }

        try {
            for (Dimension screen : List.of(Browser.DESKTOP, ScreensJourneyTest.SMALL_TABLET)) {
                browser.size(screen);
                for (String page : pages) {
                    check(page);
                }
            }
        } finally {
            browser.size(Browser.DESKTOP);
        }
    }

    private void check(String page) {
        WebDriver driver = browser.driver();
        driver.get(url(page));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[data-form] button[type=submit]")));
        String name = "form" + page.replaceAll("^/cases/[^/]+", "").replaceAll("\\?.*", "").replaceAll("[^a-z]+", "-");
        browser.screenshot(name);
        assertThat(browser.seriousAccessibilityViolations()).as("serious or critical WCAG violations on " + page)
                .isEmpty();
        List<String> untranslated = driver.findElements(By.cssSelector("label, legend")).stream()
                .map(label -> label.getText().replace("*", "").trim())
                .filter(text -> text.matches("[a-zA-Z]+([.\\[][a-zA-Z0-9\\]]+)+")).toList();
        assertThat(untranslated).as("labels showing a field's key instead of its name on " + page).isEmpty();
        Number overflow = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("horizontal overflow on " + page).isLessThanOrEqualTo(0);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String id(WebTestClient.RequestHeadersSpec<?> request, String field) {
        Map<?, ?> body = request.exchange().expectStatus().is2xxSuccessful().expectBody(Map.class)
                .returnResult().getResponseBody();
        return (String) body.get(field);
    }
}

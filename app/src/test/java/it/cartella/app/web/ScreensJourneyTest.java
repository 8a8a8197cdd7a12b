package it.cartella.app.web;

import it.cartella.app.CartellaAppTest;
import it.cartella.app.cases.CaseRef;
import it.cartella.app.cases.OpenCaseRequest;
import it.cartella.query.access.CaseAccessQueries;
import it.cartella.query.cases.CaseQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The screens around the case forms, in a real browser: each role's home and navigation, the worklist, share grants
 * with consent and their revocation as the partner experiences them, referrals answered from the partner's
 * worklist, and the auditor's view of a case. Every page is checked with axe-core, photographed, and checked for
 * horizontal overflow on a tablet.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreensJourneyTest extends CartellaAppTest {

    static final Dimension SMALL_TABLET = new Dimension(768, 1024);

    @LocalServerPort
    private int port;

    @Autowired
    private CaseQueries caseQueries;

    @Autowired
    private CaseAccessQueries accessFacts;

    private Browser browser;
    private String caseId;

    /**
     * Once: a case of as.comune1 with an overdue ADI first meeting on its worklist, opened today so that it is among
     * the newest cases of every list, whatever other tests opened before.
     */
    @BeforeEach
    void openCaseAndStartTheBrowser() {
        if (browser != null) {
            return;
        }
        caseId = as("as.comune1").post().uri("/api/cases").bodyValue(new OpenCaseRequest("GLLLCU72B14E648H", "Lucio",
                        "Galli", "1972-02-14", "M", "098031", "A", "SEGRETARIATO_SOCIALE", "ON_REQUEST",
                        "comune-098031", "as-comune1", LocalDate.now(ZoneId.of("Europe/Rome")).toString()))
                .exchange().expectStatus().isCreated()
                .expectBody(CaseRef.class).returnResult().getResponseBody().caseId();
        await().atMost(Duration.ofSeconds(30)).until(() -> caseQueries.findById(caseId).block() != null
                && accessFacts.facts(caseId).block() != null);
        as("as.comune1").post().uri("/api/cases/" + caseId + "/adi").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("padSignedOn", LocalDate.now(ZoneId.of("Europe/Rome")).minusDays(200).toString()))
                .exchange().expectStatus().isCreated();
        browser = Browser.get();
    }

    @Test
    void aCaseManagerStartsFromTheWorklistAndSharesACaseThePartnerSeesUntilRevoked() {
        WebDriver driver = browser.driver();
        browser.size(Browser.DESKTOP);
        signIn("as.comune1");
        assertThat(driver.getCurrentUrl()).as("a case manager's home is the worklist").endsWith("/worklist");
        assertThat(text(".it-header-slim-wrapper")).contains("as.comune1", "Assistente sociale", "Comune di Lodi");
        assertThat(text(".cartella-nav")).contains("Attività", "Cerca", "Nuova presa in carico")
                .doesNotContain("Monitoraggio", "Amministrazione");
        awaitOnReload(By.cssSelector("[data-testid=deadlines]"), "Galli Lucio");
        assertThat(text("[data-testid=deadlines]")).contains("Galli Lucio", "Primo incontro ADI", "Scaduta da");
        assertThat(text("[data-testid=recent]")).contains("Galli Lucio");
        checkPage("worklist");

        driver.get(url("/cases/" + caseId));
        driver.findElement(By.cssSelector("[data-testid=sharing-link]")).sendKeys(Keys.ENTER);
        waitFor(By.cssSelector("[data-testid=grant-form]"));
        checkPage("sharing");

        // Consent as the basis, its evidence forgotten: the error comes back beside the field, all else as typed.
        String key = driver.findElement(By.cssSelector("[data-testid=grant-form] [name=idempotencyKey]"))
                .getAttribute("value");
        new Select(driver.findElement(By.id("g-recipient"))).selectByValue("caritas-lodi");
        type("g-purpose", "Sostegno alimentare");
        tick("g-cat-SOCIAL");
        new Select(driver.findElement(By.id("g-legalBasis"))).selectByValue("CONSENT");
        setValue("g-consentGivenAt", LocalDate.now(ZoneId.of("Europe/Rome")).minusDays(1) + "T10:30");
        type("g-consentPurpose", "Condivisione con la Caritas per il pacco alimentare");
        setValue("g-expiresAt", LocalDate.now(ZoneId.of("Europe/Rome")).plusMonths(6).toString());
        submit("grant-form");
        waitFor(By.id("g-consentEvidence-error"));
        assertThat(driver.findElement(By.id("g-consentEvidence-error")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("g-consentEvidence")).getAttribute("aria-describedby"))
                .isEqualTo("g-consentEvidence-error");
        assertThat(driver.findElement(By.id("g-purpose")).getAttribute("value")).as("nothing typed is lost")
                .isEqualTo("Sostegno alimentare");
        assertThat(driver.findElement(By.id("g-cat-SOCIAL")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("g-consentPurpose")).getAttribute("value"))
                .isEqualTo("Condivisione con la Caritas per il pacco alimentare");
        assertThat(driver.findElement(By.cssSelector("[data-testid=grant-form] [name=idempotencyKey]"))
                .getAttribute("value")).isEqualTo(key);
        assertThat(driver.findElements(By.cssSelector("[data-testid=grants]"))).as("nothing was granted").isEmpty();
        scrollTo("#grant-form-title");
        checkPage("sharing-errors");

        // Sent twice in a row (an impatient double click): one grant.
        type("g-consentEvidence", "Prot. 2026/1234");
        ((JavascriptExecutor) driver).executeScript("""
                const form = document.querySelector('[data-testid=grant-form]');
                form.requestSubmit(); form.requestSubmit();""");
        waitFor(By.cssSelector("[data-testid=sharing-done]"));
        assertThat(driver.findElements(By.cssSelector("[data-testid=grants] tbody tr"))).hasSize(1);
        assertThat(text("[data-testid=grants]")).contains("Caritas Lodigiana", "Sostegno alimentare", "sociali",
                "Consenso", "In vigore");
        checkPage("sharing-granted");

        // The partner sees the case, its identifying data marked as withheld.
        signIn("op.caritas");
        assertThat(driver.getCurrentUrl()).endsWith("/worklist");
        assertThat(text(".cartella-nav")).contains("Attività", "Cerca").doesNotContain("Nuova presa in carico");
        assertThat(text("[data-testid=shares]")).contains("Comune di Lodi", "Sostegno alimentare", "sociali");
        assertThat(driver.findElements(By.cssSelector("[data-testid=shares] a[href$='/cases/" + caseId + "']")))
                .hasSize(1);
        assertThat(text("[data-testid=recent]")).contains("Dati identificativi non condivisi")
                .doesNotContain("Galli");
        checkPage("worklist-partner");
        driver.get(url("/cases/" + caseId));
        assertThat(text("main")).as("the case page marks what was withheld")
                .contains("Alcuni dati di questa presa in carico non sono condivisi con il tuo ente",
                        "Persona (dati identificativi non condivisi)")
                .doesNotContain("Galli", "GLLLCU72B14E648H");
        checkPage("case-partner");

        // Revoked: from the next request on, the partner no longer sees it.
        signIn("as.comune1");
        driver.get(url("/cases/" + caseId + "/sharing"));
        WebElement revoke = driver.findElement(By.cssSelector("[data-testid=grants] form"));
        new Select(revoke.findElement(By.tagName("select"))).selectByValue("CONSENT_WITHDRAWN");
        revoke.findElement(By.cssSelector("button[type=submit]")).sendKeys(Keys.ENTER);
        waitFor(By.cssSelector("[data-testid=sharing-done]"));
        assertThat(text("[data-testid=grants]")).contains("Revocata").doesNotContain("In vigore");

        signIn("op.caritas");
        assertThat(text("main")).doesNotContain("Sostegno alimentare");
        assertThat(driver.findElements(By.cssSelector("main a[href$='/cases/" + caseId + "']")))
                .as("the case is gone from the partner's worklist").isEmpty();
        driver.get(url("/cases/" + caseId));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Presa in carico non trovata");
    }

    @Test
    void aReferralIsSentFromTheCaseAndAnsweredFromThePartnersWorklist() {
        WebDriver driver = browser.driver();
        browser.size(Browser.DESKTOP);
        signIn("as.comune1");
        driver.get(url("/cases/" + caseId + "/sharing"));
        new Select(driver.findElement(By.id("r-to"))).selectByValue("asst-lodi");
        type("r-purpose", "Valutazione multidimensionale");
        tick("r-cat-HEALTH");
        new Select(driver.findElement(By.id("r-legalBasis"))).selectByValue("PUBLIC_INTEREST");
        submit("refer-form");
        waitFor(By.id("r-legalReference-error"));
        assertThat(driver.findElement(By.id("r-purpose")).getAttribute("value"))
                .isEqualTo("Valutazione multidimensionale");
        type("r-legalReference", "L.R. 3/2008");
        submit("refer-form");
        waitFor(By.cssSelector("[data-testid=sharing-done]"));
        assertThat(text("[data-testid=case-referrals]")).contains("ASST di Lodi", "Inviato, in attesa");

        signIn("op.asst");
        assertThat(text("[data-testid=referrals]")).contains("Comune di Lodi", "Valutazione multidimensionale",
                "sanitari", "Interesse pubblico");
        checkPage("worklist-referral");
        WebElement row = driver.findElements(By.cssSelector("[data-testid=referrals] tbody tr")).stream()
                .filter(r -> r.getText().contains("Valutazione multidimensionale")).findFirst().orElseThrow();
        row.findElement(By.xpath(".//button[normalize-space()='Accetta']")).sendKeys(Keys.ENTER);
        waitFor(By.id("referrals-title"));
        assertThat(text("main")).doesNotContain("Valutazione multidimensionale");
        assertThat(driver.findElement(By.cssSelector("[data-testid=recent] a[href$='/cases/" + caseId + "']"))
                .getText()).as("accepted: the case is in the partner's list, without identifying data")
                .isEqualTo("Dati identificativi non condivisi");

        signIn("as.comune1");
        driver.get(url("/cases/" + caseId + "/sharing"));
        assertThat(text("[data-testid=case-referrals]")).contains("Accettato");
        driver.findElement(By.xpath("//*[@data-testid='case-referrals']//button[normalize-space()='Chiudi']"))
                .sendKeys(Keys.ENTER);
        waitFor(By.cssSelector("[data-testid=sharing-done]"));
        assertThat(text("[data-testid=case-referrals]")).contains("Chiuso");
    }

    @Test
    void theAuditorSeesTheCaseAsOfAnInstantAndWhoReadIt() {
        WebDriver driver = browser.driver();
        browser.size(Browser.DESKTOP);
        as("as.comune1").get().uri("/api/cases/" + caseId).exchange().expectStatus().isOk();
        signIn("auditor");
        assertThat(text(".cartella-nav")).contains("Cerca", "Registro degli accessi")
                .doesNotContain("Attività", "Nuova presa in carico");
        driver.get(url("/cases/" + caseId));
        waitFor(By.cssSelector("[data-testid=who-read]"));
        assertThat(text("[data-testid=as-of-status]")).contains("Aperta");
        assertThat(text("[data-testid=as-of-events]")).contains("CaseOpened", "as-comune1");
        assertThat(text("[data-testid=who-read]")).contains("as-comune1", "READ_DETAIL", "CASE_MANAGER", "Consentito");
        scrollTo("#audit-title");
        checkPage("case-auditor");

        setValue("asOf", "2020-01-01T00:00");
        driver.findElement(By.cssSelector("#audit-title ~ form button")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=as-of-status]"), "non ancora aperta"));
        assertThat(driver.findElements(By.cssSelector("[data-testid=as-of-events] tbody tr"))).isEmpty();
        scrollTo("#audit-title");
        checkPage("case-auditor-as-of");
    }

    @Test
    void everyScreenFitsATablet() {
        browser.size(SMALL_TABLET);
        try {
            for (String[] visit : List.of(new String[]{"as.comune1", "/worklist"},
                    new String[]{"as.comune1", "/cases/" + caseId + "/sharing"},
                    new String[]{"op.caritas", "/worklist"},
                    new String[]{"auditor", "/cases/" + caseId + "/audit"})) {
                signIn(visit[0]);
                browser.driver().get(url(visit[1]));
                waitFor(By.tagName("footer"));
                String name = "tablet-" + visit[0].replace('.', '-') + "-"
                        + visit[1].substring(visit[1].lastIndexOf('/') + 1);
                checkPage(name);
                assertNoHorizontalOverflow(name);
            }
        } finally {
            browser.size(Browser.DESKTOP);
        }
    }

    private void assertNoHorizontalOverflow(String page) {
        Number overflow = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("horizontal overflow on " + page).isLessThanOrEqualTo(0);
    }

    /** The worklist is a read model: reload until it shows what the case's events put there. */
    private void awaitOnReload(By locator, String expected) {
        WebDriver driver = browser.driver();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            driver.navigate().refresh();
            return driver.findElements(locator).stream().anyMatch(e -> e.getText().contains(expected));
        });
    }

    /** Brings what a screenshot is about to the top of the viewport, at once (the design system scrolls smoothly). */
    private void scrollTo(String css) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector(arguments[0]).scrollIntoView({block: 'start', behavior: 'instant'});", css);
    }

    private void checkPage(String name) {
        browser.screenshot(name);
        assertThat(browser.seriousAccessibilityViolations()).as("serious or critical WCAG violations on " + name)
                .isEmpty();
    }

    /** In a new session: nothing kept from the previous user. */
    private void signIn(String username) {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(url("/login"), username);
    }

    /** Bootstrap Italia draws the box over the hidden input: tick it as the label does. */
    private void tick(String checkboxId) {
        WebElement box = browser.driver().findElement(By.id(checkboxId));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", box);
        assertThat(box.isSelected()).isTrue();
    }

    private void submit(String testId) {
        browser.driver().findElement(By.cssSelector("[data-testid=" + testId + "] button[type=submit]"))
                .sendKeys(Keys.ENTER);
    }

    /** Chromium's date fields take digits in the browser locale's order: set them as ISO instead. */
    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private String text(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText();
    }

    private void type(String id, String text) {
        browser.driver().findElement(By.id(id)).sendKeys(text);
    }

    private void waitFor(By locator) {
        Browser.get().waitFor(locator);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

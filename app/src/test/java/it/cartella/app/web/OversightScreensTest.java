package it.cartella.app.web;

import it.cartella.app.CartellaAppTest;
import it.cartella.app.cases.CaseRef;
import it.cartella.app.cases.OpenCaseRequest;
import it.cartella.query.cases.CaseQueries;
import it.cartella.query.cases.CaseView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The oversight screens in a real browser: the analyst's monitoring dashboard (charts with their data tables,
 * suppression shown as such, exports, back-fill progress), administration for the DPO and the administrator
 * (registries, share grants, erasure refused while retention runs, access-log verification, register of processing).
 * Every page is checked with axe-core, photographed, and checked for horizontal overflow on a tablet.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversightScreensTest extends CartellaAppTest {

    /** An indicator of another Ambito's plan, so that the Lodi analyst sees its small counts suppressed. */
    private static final String INDICATOR = "ASEB-UI-PRESE-IN-CARICO";

    @LocalServerPort
    private int port;

    @Autowired
    private CaseQueries caseQueries;

    private Browser browser;
    private String personWithOpenCase;

    /** Once: a case in Lodi (its person cannot be erased) and one in Alto Sebino, counted by a new indicator. */
    @BeforeEach
    void prepare() {
        if (browser != null) {
            return;
        }
        String lodi = open(new OpenCaseRequest("BNFSRA81C61E648V", "Sara", "Bonfanti", "1981-03-21", "F", "098031",
                "A", "SPORTELLO", "ON_REQUEST", "comune-098031", "as-comune1", "2026-01-10"));
        String lovere = open(new OpenCaseRequest("PSNGNN66L10E704H", "Giovanni", "Pasinetti", "1966-07-10", "M",
                "016033", "E", "SPORTELLO", "ON_REQUEST", "comune-098031", "as-comune1", "2026-01-12"));
        await().atMost(Duration.ofSeconds(30)).until(() -> caseQueries.findById(lodi).block() != null
                && caseQueries.findById(lovere).block() != null);
        personWithOpenCase = caseQueries.findById(lodi).map(CaseView::personId).block();
        as("analista").post().uri("/api/indicators").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of(
                        "id", INDICATOR, "plan", "ALTO-SEBINO", "objective", "UI", "type", "OUTPUT",
                        "wording", Map.of("it", "Prese in carico aperte", "en", "Cases opened"),
                        "computation", Map.of("op", "count", "per", "CASE",
                                "facts", Map.of("facts", List.of("CASE_OPENED"))),
                        "dimensions", List.of("COMUNE"),
                        "targets", Map.of("2025", "10", "2026", "12", "2027", "15"),
                        "baseline", Map.of("value", "8", "period", "2024")))
                .exchange().expectStatus().isAccepted();
        browser = Browser.get();
    }

    @Test
    void theAnalystReadsTheIndicatorsWithTheirChartsAndExports() {
        WebDriver driver = browser.driver();
        browser.size(Browser.DESKTOP);
        signIn("analista");
        assertThat(driver.getCurrentUrl()).as("an analyst's home is the dashboard").contains("/monitoring");
        assertThat(text(".cartella-nav")).contains("Monitoraggio").doesNotContain("Cerca", "Attività");
        waitFor(By.cssSelector("[data-testid=by-period]"));
        awaitChartsDrawn();
        assertThat(text("main")).contains("Ambito di Lodi", "Obiettivo", "Valore di partenza");
        checkPage("monitoring");

        driver.get(url("/monitoring?plan=ALTO-SEBINO"));
        WebElement card = driver.findElement(By.cssSelector("[data-indicator='" + INDICATOR + "']"));
        assertThat(card.findElement(By.cssSelector("[data-testid=baseline]")).getText()).isEqualTo("8 (2024)");
        WebElement progress = card.findElement(By.cssSelector("[data-testid=backfill-progress]"));
        WebElement bar = progress.findElement(By.cssSelector("[role=progressbar]"));
        assertThat(bar.getAttribute("aria-valuemin")).isEqualTo("0");
        assertThat(bar.getAttribute("aria-valuemax")).isEqualTo("100");
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            driver.navigate().refresh();
            return "100".equals(driver.findElement(By.cssSelector("[data-indicator='" + INDICATOR + "'] [role=progressbar]"))
                    .getAttribute("aria-valuenow"));
        });
        Map<?, ?> status = as("analista").get().uri("/api/indicators/" + INDICATOR + "/versions/1/backfill")
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(text("[data-indicator='" + INDICATOR + "'] [data-testid=backfill-progress]"))
                .as("the bar shows what the back end reports").contains(String.valueOf(status.get("processed")));
        card = driver.findElement(By.cssSelector("[data-indicator='" + INDICATOR + "']"));
        waitFor(By.cssSelector("[data-indicator='" + INDICATOR + "'] [data-testid=by-comune]"));
        assertThat(text("[data-indicator='" + INDICATOR + "'] [data-testid=by-comune]"))
                .as("one case in a Comune of another Ambito: shown to this analyst as suppressed")
                .contains("<5", "soppresso: sotto soglia");
        assertThat(text("[data-indicator='" + INDICATOR + "'] [data-testid=by-period]")).contains("2026", "12");
        awaitChartsDrawn();
        scrollTo("[data-indicator='" + INDICATOR + "'] [data-testid=by-comune]");
        checkPage("monitoring-suppressed");

        String csv = driver.findElement(By.xpath("//*[@data-testid='exports']//a[normalize-space()='Esporta CSV']"))
                .getAttribute("href");
        assertThat(csv).endsWith("/api/indicators/export?plan=ALTO-SEBINO&format=csv");
        as("analista").get().uri(csv.substring(csv.indexOf("/api/"))).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"));
        String xlsx = driver.findElement(By.xpath("//*[@data-testid='exports']//a[normalize-space()='Esporta XLSX']"))
                .getAttribute("href");
        as("analista").get().uri(xlsx.substring(xlsx.indexOf("/api/"))).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

        // The large export by Comune, prepared in the background: its bar follows the indicators computed.
        int indicators = as("analista").get().uri("/api/indicators?plan=ALTO-SEBINO").exchange()
                .expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody().size();
        driver.findElement(By.cssSelector("[data-testid=prepare-export]")).sendKeys(Keys.ENTER);
        waitFor(By.cssSelector("[data-testid=export-progress] [role=progressbar]"));
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=export-download]")));
        WebElement exportBar = driver.findElement(By.cssSelector("[data-testid=export-progress] [role=progressbar]"));
        assertThat(exportBar.getAttribute("aria-valuenow")).isEqualTo("100");
        assertThat(text("[data-testid=export-progress]")).contains("Esportazione pronta: " + indicators + " indicatori");
        checkPage("monitoring-export");
        String file = driver.findElement(By.cssSelector("[data-testid=export-download]")).getAttribute("href");
        byte[] xlsxFile = as("analista").get().uri(file.substring(file.indexOf("/monitoring/"))).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(xlsxFile).as("a zip: the XLSX container").startsWith((byte) 'P', (byte) 'K');
        as("as.comune1").get().uri(file.substring(file.indexOf("/monitoring/"))).exchange()
                .expectStatus().isForbidden();

        signIn("coord.udp");
        driver.get(url("/monitoring"));
        waitFor(By.cssSelector("[data-testid=by-period]"));
        assertThat(text(".cartella-nav")).contains("Monitoraggio", "Attività", "Cerca");
    }

    @Test
    void theDpoAndTheAdministratorKeepTheRegistersAndTheLog() {
        WebDriver driver = browser.driver();
        browser.size(Browser.DESKTOP);
        signIn("admin");
        assertThat(driver.getCurrentUrl()).endsWith("/admin/organisations");
        assertThat(text(".cartella-nav")).contains("Amministrazione").doesNotContain("Cerca", "Monitoraggio");
        assertThat(text("[data-testid=organisations]")).contains("Comune di Lodi", "Caritas Lodigiana");
        checkPage("admin-organisations");
        driver.get(url("/admin/users"));
        assertThat(text("[data-testid=users]")).contains("as.comune1", "Assistente sociale", "Comune di Lodi");
        checkPage("admin-users");
        assertThat(driver.findElements(By.linkText("Cancellazione e conservazione"))).as("erasure is the DPO's")
                .isEmpty();

        // A read model rebuilt from the events, its replay followed by a progress bar; it comes back whole.
        long overdueBefore = overdueOfCaseManager();
        driver.get(url("/admin/projections"));
        WebElement worklist = driver.findElement(By.cssSelector("[data-projection=worklist]"));
        worklist.findElement(By.cssSelector("button[type=submit]")).sendKeys(Keys.ENTER);
        waitFor(By.cssSelector("[data-projection=worklist] [role=progressbar]"));
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> "100".equals(d.findElement(
                By.cssSelector("[data-projection=worklist] [role=progressbar]")).getAttribute("aria-valuenow")));
        assertThat(text("[data-projection=worklist] [data-testid=rebuild-progress]")).startsWith("Aggiornata");
        checkPage("admin-projections");
        await().atMost(Duration.ofSeconds(60)).until(() -> overdueOfCaseManager() == overdueBefore);

        signIn("dpo");
        driver.get(url("/admin/erasure"));
        driver.findElement(By.id("personId")).sendKeys(personWithOpenCase);
        driver.findElement(By.id("reason")).sendKeys("prot. 2026/77");
        driver.findElement(By.cssSelector("[data-testid=erasure-form] button[type=submit]")).sendKeys(Keys.ENTER);
        waitFor(By.id("personId-error"));
        assertThat(driver.findElement(By.id("personId-error")).getText())
                .isEqualTo("La persona ha un caso aperto: i suoi dati si conservano.");
        assertThat(driver.findElement(By.id("reason")).getAttribute("value")).isEqualTo("prot. 2026/77");
        assertThat(caseQueries.findById(caseQueries.ofPerson(personWithOpenCase).blockFirst().caseId()).block()
                .lastName()).as("nothing was erased").isEqualTo("Bonfanti");
        checkPage("admin-erasure-refused");

        driver.get(url("/admin/access-log"));
        assertThat(text("[data-testid=chain]")).startsWith("Registro integro:");
        checkPage("admin-access-log");
        driver.get(url("/admin/grants"));
        waitFor(By.cssSelector("h2"));
        checkPage("admin-grants");
        driver.get(url("/admin/register"));
        assertThat(text("[data-testid=activities]")).contains("Presa in carico sociale");
        checkPage("admin-register");
        driver.findElement(By.linkText("ENG")).sendKeys(Keys.ENTER);
        waitFor(By.xpath("//html[@lang='en']"));
        assertThat(text("h1")).isEqualTo("Administration");
        driver.findElement(By.linkText("ITA")).sendKeys(Keys.ENTER);
        waitFor(By.xpath("//html[@lang='it']"));

        signIn("auditor");
        driver.get(url("/admin/access-log"));
        assertThat(text("[data-testid=chain]")).startsWith("Registro integro:");
        driver.get(url("/admin/users"));
        assertThat(driver.findElements(By.cssSelector("[data-testid=users]"))).as("not for auditors").isEmpty();
    }

    @Test
    void theOversightScreensFitATablet() {
        browser.size(ScreensJourneyTest.SMALL_TABLET);
        try {
            for (String[] visit : List.of(new String[]{"analista", "/monitoring"},
                    new String[]{"dpo", "/admin/register"}, new String[]{"dpo", "/admin/grants"},
                    new String[]{"admin", "/admin/users"})) {
                signIn(visit[0]);
                browser.driver().get(url(visit[1]));
                waitFor(By.tagName("footer"));
                String name = "tablet-" + visit[0] + visit[1].replaceAll("[^a-z]+", "-");
                checkPage(name);
                Number overflow = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(overflow.intValue()).as("horizontal overflow on " + name).isLessThanOrEqualTo(0);
            }
        } finally {
            browser.size(Browser.DESKTOP);
        }
    }

    private long overdueOfCaseManager() {
        Map<?, ?> worklist = as("as.comune1").get().uri("/api/worklist?horizon=30").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return ((Number) worklist.get("overdue")).longValue() + ((Number) worklist.get("due")).longValue();
    }

    private String open(OpenCaseRequest request) {
        return as("as.comune1").post().uri("/api/cases").bodyValue(request).exchange()
                .expectStatus().isCreated()
                .expectBody(CaseRef.class).returnResult().getResponseBody().caseId();
    }

    /** Chart.js draws after the page's scripts load: wait until every chart shown has been drawn. */
    private void awaitChartsDrawn() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return document.querySelectorAll('canvas[data-chart]').length > 0 && "
                        + "document.querySelectorAll('canvas[data-chart]:not([data-drawn])').length === 0;"));
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

    private String text(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText();
    }

    private void waitFor(By locator) {
        Browser.get().waitFor(locator);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

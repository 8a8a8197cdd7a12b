package it.cartella.app.web;

import it.cartella.app.CartellaAppTest;
import it.cartella.app.cases.CaseRef;
import it.cartella.app.cases.OpenCaseRequest;
import it.cartella.query.cases.CaseQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The web UI in a real browser: sign in, search, the case page, the language switch, and what other users may not
 * see. Every page is checked with axe-core and photographed at desktop and tablet size.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebJourneyTest extends CartellaAppTest {

    private static final String FONTANA_CF = "FNTCHR85D52E648D";

    @LocalServerPort
    private int port;

    @Autowired
    private CaseQueries caseQueries;

    private Browser browser;
    private String fontanaCase;

    /** Once, after the base class has loaded the demo users. */
    @BeforeEach
    void openCasesAndStartTheBrowser() {
        if (browser != null) {
            return;
        }
        fontanaCase = open("as.comune1", new OpenCaseRequest(FONTANA_CF, "Chiara", "Fontana", "1985-04-12", "F",
                "098031", "A", "FLUSSO_ADI_INPS", "ON_REQUEST", "comune-098031", "as-comune1", "2025-01-15"));
        String marchettiCase = open("as.comune2", new OpenCaseRequest("MRCPTR50M20C816B", "Pietro", "Marchetti",
                "1950-08-20", "M", "098019", "E", "OSPEDALE_COT", "ON_REQUEST", "comune-098019", "as-comune2",
                "2025-03-04"));
        await().atMost(Duration.ofSeconds(30)).until(() -> caseQueries.findById(fontanaCase).block() != null
                && caseQueries.findById(marchettiCase).block() != null);
        browser = Browser.get();
    }

    @Test
    void aCaseManagerFindsTheirCaseAndReadsItInBothLanguages() {
        for (Dimension size : new Dimension[]{Browser.DESKTOP, Browser.TABLET}) {
            browser.size(size);
            WebDriver driver = browser.driver();

            driver.manage().deleteAllCookies();
            driver.get(url("/"));
            assertThat(driver.getCurrentUrl()).endsWith("/login");
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("it");
            checkPage("login");

            signIn("as.comune1");
            assertThat(driver.findElement(By.cssSelector(".signed-in")).getText())
                    .contains("as.comune1", "Assistente sociale");
            assertThat(driver.findElement(By.cssSelector(".it-header-slim-wrapper")).getText()).contains("Comune di Lodi");
            assertThat(driver.findElements(By.cssSelector("table"))).as("nothing is shown before a search").isEmpty();
            checkPage("search");

            search("chiara font");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Fontana Chiara", FONTANA_CF)
                    .doesNotContain("Marchetti");
            checkPage("search-results");

            search(FONTANA_CF.toLowerCase());
            assertThat(driver.getCurrentUrl()).as("a codice fiscale never goes in the address")
                    .doesNotContainIgnoringCase(FONTANA_CF).endsWith("/search");
            driver.findElement(By.linkText("Fontana Chiara")).sendKeys(Keys.ENTER);
            waitFor(By.cssSelector("[data-testid=case-number]"));
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains("Chiara Fontana", FONTANA_CF, "Comune di Lodi", "Flusso ADI da INPS", "Aperta");
            checkPage("case");

            driver.findElement(By.linkText("ENG")).sendKeys(Keys.ENTER);
            waitFor(By.xpath("//html[@lang='en']"));
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains("Case number", "ADI flow from INPS", "Open");
            checkPage("case-en");
            driver.get(url("/"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Find a person or a case");
            driver.findElement(By.linkText("ITA")).sendKeys(Keys.ENTER);
            waitFor(By.xpath("//html[@lang='it']"));

            driver.findElement(By.cssSelector(".signed-in button[type=submit]")).sendKeys(Keys.ENTER);
            waitFor(By.cssSelector("[role=status]"));
            assertThat(driver.getCurrentUrl()).contains("/login");
        }
    }

    @Test
    void aCaseManagerTakesAPersonInChargeThroughTheForm() {
        browser.size(Browser.DESKTOP);
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        signIn("as.comune1");
        driver.get(url("/cases/new"));
        assertThat(driver.findElement(By.id("residenceComune")).getAttribute("value")).isEqualTo("098031");
        checkPage("open-case");

        type("codiceFiscale", "RSSMRA80A01E648X");
        type("firstName", "Mario");
        type("lastName", "Rossetti");
        date("birthDate", "1980-01-01");
        new Select(driver.findElement(By.id("sex"))).selectByValue("M");
        new Select(driver.findElement(By.id("macroArea"))).selectByValue("A");
        new Select(driver.findElement(By.id("channel"))).selectByValue("SPORTELLO");
        String key = driver.findElement(By.name("idempotencyKey")).getAttribute("value");
        driver.findElement(By.id("lastName")).submit();
        waitFor(By.id("error-summary"));
        assertThat(driver.findElement(By.id("codiceFiscale-error")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("codiceFiscale")).getAttribute("aria-describedby"))
                .isEqualTo("codiceFiscale-error");
        assertThat(driver.findElement(By.id("lastName")).getAttribute("value")).as("nothing typed is lost")
                .isEqualTo("Rossetti");
        assertThat(new Select(driver.findElement(By.id("channel"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("SPORTELLO");
        assertThat(driver.findElement(By.name("idempotencyKey")).getAttribute("value")).isEqualTo(key);
        checkPage("open-case-errors");

        driver.findElement(By.id("codiceFiscale")).clear();
        type("codiceFiscale", "RSSMRA80A01E648Q");
        driver.findElement(By.id("lastName")).clear();
        type("lastName", "Rossi");
        driver.findElement(By.id("lastName")).submit();
        waitFor(By.cssSelector("[data-testid=case-number]"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Mario Rossi", "Sportello", "as-comune1");
        assertThat(driver.findElement(By.cssSelector("[data-testid=timeline]")).getText())
                .as("the timeline names who acted, for which organisation").contains("as-comune1", "comune-098031");
        checkPage("case-timeline");
    }

    @Test
    void othersFindNothingTheyMayNotSee() {
        browser.size(Browser.DESKTOP);
        WebDriver driver = browser.driver();
        for (String username : new String[]{"as.comune2", "op.caritas"}) {
            driver.manage().deleteAllCookies();
            signIn(username);
            search("Fontana");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Nessun risultato")
                    .doesNotContain(FONTANA_CF);
            driver.get(url("/cases/" + fontanaCase));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Presa in carico non trovata");
            checkPage("not-found-" + username.replace('.', '-'));
        }
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        type("username", "as.comune1");
        type("password", "wrong" + Keys.ENTER);
        waitFor(By.cssSelector(".alert-danger"));
        checkPage("login-failed");
    }

    private String open(String username, OpenCaseRequest request) {
        return as(username).post().uri("/api/cases").bodyValue(request).exchange()
                .expectStatus().isCreated()
                .expectBody(CaseRef.class).returnResult().getResponseBody().caseId();
    }

    private void checkPage(String name) {
        browser.screenshot(name);
        assertThat(browser.seriousAccessibilityViolations()).as("serious or critical WCAG violations on " + name)
                .isEmpty();
    }

    private void signIn(String username) {
        Browser.get().signIn(url("/login"), username);
    }

    private void search(String term) {
        WebDriver driver = browser.driver();
        if (driver.findElements(By.id("q")).isEmpty()) {
            driver.get(url("/"));
        }
        driver.findElement(By.id("q")).clear();
        type("q", term + Keys.ENTER);
        waitFor(By.id("results-title"));
    }

    /** Chromium's date field takes the digits in the order of the browser's locale: set it as ISO instead. */
    private void date(String id, String iso) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, iso);
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

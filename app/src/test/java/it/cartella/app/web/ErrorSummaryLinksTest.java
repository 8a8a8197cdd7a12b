package it.cartella.app.web;

import it.cartella.app.CartellaAppTest;
import it.cartella.app.cases.CaseRef;
import it.cartella.app.cases.OpenCaseRequest;
import it.cartella.query.cases.CaseFileQueries;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The error summary above a rejected form, in a browser: every link leads to the input its message is about, which
 * exists under that id, is described by that message, and takes the focus when the link is followed by keyboard. On
 * the nested PaIS form (rows added in the page, a mistake two levels down and one of a whole row) and on a flat form.
 */
class ErrorSummaryLinksTest extends CartellaAppTest {

    @LocalServerPort
    private int port;

    @Autowired
    private CaseFileQueries files;

    private Browser browser;
    private WebDriver driver;

    @Test
    void everyLinkOfTheSummaryLeadsToTheFieldInErrorOnTheNestedPlanAndOnAFlatForm() {
        String caseId = openCase();
        browser = Browser.get();
        browser.size(Browser.DESKTOP);
        driver = browser.driver();
        driver.manage().deleteAllCookies();
        signIn();

        driver.get(url("/cases/" + caseId + "/act/pais"));
        waitFor(By.cssSelector("form[data-form=pais]"));
        driver.findElement(By.id("objectives-0-description")).sendKeys("Inserimento lavorativo");
        driver.findElement(By.id("objectives-0-expectedResults-0-description")).sendKeys("Tirocinio avviato");
        // A second expected result, added in the page, with its date but not its description: a mistake two rows deep.
        WebElement result = addRow("objectives-0-expectedResults");
        setValue(result.findElement(By.cssSelector("[name$='.dueBy']")), "2025-03-31");
        // An obligation with no member to bind: a mistake of the commitment's row as a whole.
        driver.findElement(By.id("commitments-0-description")).sendKeys("Frequentare il tirocinio");
        driver.findElement(By.id("commitments-0-obligation")).sendKeys(Keys.SPACE);
        new Select(driver.findElement(By.id("commitments-0-member"))).selectByValue("");
        send();
        assertThat(checkEverySummaryLink("pais")).as("the nested result's description is linked")
                .contains("objectives-0-expectedResults-1-description");
        assertThat(driver.findElement(By.cssSelector("#error-summary a[href='#objectives-0-expectedResults-1-description']"))
                .getText()).as("the link names the row its field is in").startsWith("Obiettivo 1 › ");
        // The request's mistakes come first; once they are corrected, the plan's own rule on the commitment's row.
        driver.findElement(By.id("objectives-0-expectedResults-1-description")).sendKeys("Contratto firmato");
        send();
        waitFor(By.id("commitments-0-row-error"));
        assertThat(checkEverySummaryLink("pais-row")).as("the commitment's row is linked to its first field")
                .contains("commitments-0-member");

        driver.get(url("/cases/new"));
        waitFor(By.id("codiceFiscale"));
        driver.findElement(By.id("codiceFiscale")).sendKeys("RSSMRA80A01E64");
        driver.findElement(By.id("firstName")).sendKeys("Mario");
        send();
        assertThat(checkEverySummaryLink("open-case")).contains("codiceFiscale", "macroArea");
    }

    /**
     * For each link of the summary: its target exists and is an input (or the button that adds a row to an empty
     * group), described by a message saying what the link says; Enter on the link puts the focus on it.
     */
    private List<String> checkEverySummaryLink(String screen) {
        waitFor(By.id("error-summary"));
        browser.screenshot("error-summary-" + screen);
        assertThat(browser.seriousAccessibilityViolations()).as(screen).isEmpty();
        List<WebElement> links = driver.findElements(By.cssSelector("#error-summary a"));
        assertThat(links).as(screen + ": the summary links its fields").isNotEmpty();
        List<String> targets = links.stream().map(link -> link.getAttribute("href"))
                .map(href -> href.substring(href.indexOf('#') + 1)).toList();
        for (int i = 0; i < targets.size(); i++) {
            String target = targets.get(i);
            WebElement link = driver.findElements(By.cssSelector("#error-summary a")).get(i);
            String message = link.getText();
            WebElement field = (WebElement) js().executeScript("return document.getElementById(arguments[0]);", target);
            assertThat(field).as(screen + ": an element with the id of link " + target).isNotNull();
            assertThat(field.getTagName()).as(screen + ": " + target + " is a field")
                    .isIn("input", "select", "textarea", "button");
            String describedBy = field.getAttribute("aria-describedby");
            assertThat(describedBy).as(screen + ": " + target + " is described by its message").isNotBlank();
            assertThat(Arrays.stream(describedBy.split("\\s+")).map(id -> driver.findElement(By.id(id)).getText()))
                    .as(screen + ": the link to " + target + " says one of its messages, after the field's name")
                    .anySatisfy(shown -> assertThat(message).endsWith(": " + shown));
            link.sendKeys(Keys.ENTER);
            assertThat(driver.switchTo().activeElement().getAttribute("id")).as(screen + ": Enter on the link to "
                    + target + " focuses it").isEqualTo(target);
        }
        return targets;
    }

    private WebElement addRow(String groupId) {
        int before = driver.findElements(By.cssSelector("#" + groupId + "-rows > .row-item")).size();
        driver.findElement(By.cssSelector("#" + groupId + " > .add-row")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                d.findElements(By.cssSelector("#" + groupId + "-rows > .row-item")).size() == before + 1);
        List<WebElement> rows = driver.findElements(By.cssSelector("#" + groupId + "-rows > .row-item"));
        return rows.get(rows.size() - 1);
    }

    private void send() {
        driver.findElement(By.cssSelector("form[data-submit-once] button[type=submit]")).sendKeys(Keys.ENTER);
    }

    /** Chromium's date fields take digits in the order of the browser's locale: set them as ISO. */
    private void setValue(WebElement field, String iso) {
        js().executeScript("arguments[0].value = arguments[1];", field, iso);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    private String openCase() {
        LocalDate birth = LocalDate.of(1979, 3, 14);
        String caseId = web.post().uri("/api/cases").bodyValue(new OpenCaseRequest(
                        TestPeople.codiceFiscale("BRM", "NNA", birth, "F"), "Anna", "Bramati", birth.toString(), "F",
                        "098031", "A", "SEGRETARIATO_SOCIALE", "ON_REQUEST", "comune-098031", "as-comune1", null))
                .exchange().expectStatus().isCreated().expectBody(CaseRef.class).returnResult().getResponseBody()
                .caseId();
        await().atMost(Duration.ofSeconds(20)).until(() -> files.detail(caseId).block() != null);
        return caseId;
    }

    private void signIn() {
        Browser.get().signIn(url("/login"), "as.comune1");
    }

    private void waitFor(By locator) {
        Browser.get().waitFor(locator);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

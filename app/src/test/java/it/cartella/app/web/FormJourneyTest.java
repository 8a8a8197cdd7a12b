package it.cartella.app.web;

import it.cartella.app.CartellaAppTest;
import it.cartella.query.cases.CaseDetail;
import it.cartella.query.cases.CaseFileQueries;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The case-domain journey through the forms alone, as {@code as.comune1} in a real browser: a first contact, a
 * mother and her two children registered with their household, the case opened and linked to the contact, an
 * assessment, the team, a PaIS with several objectives signed, monitoring at T0, a tirocinio from activation to
 * hiring, a protected discharge of a child with its care package, a diary note and the closure. Every kind of form
 * is first sent with a mistake, which must come back next to its field with everything typed kept; one form is
 * double-clicked and must store its command once. Then what a partner with a grant and the auditor see. Every
 * page is checked with axe-core and photographed.
 */
class FormJourneyTest extends CartellaAppTest {

    private static final LocalDate MOTHER_BORN = LocalDate.of(1986, 4, 12);
    private static final String MOTHER_CF = TestPeople.codiceFiscale("FRR", "GLI", MOTHER_BORN, "F");
    private static final String SON_CF = TestPeople.codiceFiscale("FRR", "LCU", LocalDate.of(2012, 6, 10), "M");
    private static final String DAUGHTER_CF = TestPeople.codiceFiscale("FRR", "SFO", LocalDate.of(2015, 12, 5), "F");

    @LocalServerPort
    private int port;

    @Autowired
    private CaseFileQueries files;

    private Browser browser;
    private WebDriver driver;

    @Test
    void aSocialWorkerTakesAHouseholdFromContactToClosedCaseThroughTheFormsAlone() {
        browser = Browser.get();
        browser.size(Browser.DESKTOP);
        driver = browser.driver();
        driver.manage().deleteAllCookies();
        signIn("as.comune1");

        // 1. The mother comes to the desk: an access, counted before anyone is identified.
        driver.get(url("/act/contact"));
        select("channel", "SEGRETARIATO_SOCIALE");
        select("need", "A");
        rejected("kind", "contact");
        assertThat(selected("channel")).as("nothing typed is lost").isEqualTo("SEGRETARIATO_SOCIALE");
        select("kind", "ACCESS");
        select("sex", "F");
        submitted();

        // 2. The mother and her two children, then their household.
        registerPerson(MOTHER_CF, "Giulia", "Ferraro", "1987-04-12", "F");
        rejected("birthDate", "person");
        assertThat(value("lastName")).isEqualTo("Ferraro");
        date("birthDate", MOTHER_BORN.toString());
        submitted();
        registerPerson(SON_CF, "Luca", "Ferraro", "2012-06-10", "M");
        submitted();
        registerPerson(DAUGHTER_CF, "Sofia", "Ferraro", "2015-12-05", "F");
        submitted();

        driver.get(url("/act/household"));
        selectByText("members-0-personId", "Giulia Ferraro");
        selectByText("members-1-personId", "Luca Ferraro");
        select("members-1-relationship", "CHILD");
        select("members-1-role", "MEMBER");
        WebElement sofia = addRow("members");
        new Select(sofia.findElement(By.cssSelector("[name$='.personId']"))).selectByVisibleText(
                new Select(sofia.findElement(By.cssSelector("[name$='.personId']"))).getOptions().stream()
                        .map(WebElement::getText).filter(t -> t.startsWith("Sofia")).findFirst().orElseThrow());
        new Select(sofia.findElement(By.cssSelector("[name$='.relationship']"))).selectByValue("CHILD");
        new Select(sofia.findElement(By.cssSelector("[name$='.role']"))).selectByValue("MEMBER");
        type("isee-value", "6500.00");
        rejected("compositionType", "household");
        assertThat(driver.findElements(By.cssSelector("#members-rows > .row-item"))).as("the added row is kept")
                .hasSize(3);
        select("compositionType", "SINGLE_PARENT");
        date("isee-issuedOn", "2025-01-20");
        submitted();

        // 3. The household is taken in charge, and the first contact linked to its case.
        driver.get(url("/cases/new"));
        selectByText("personId", "Giulia Ferraro");
        selectByText("householdId", "Giulia Ferraro");
        select("channel", "SEGRETARIATO_SOCIALE");
        date("openedOn", "2025-01-15");
        send();
        waitFor(By.id("error-summary"));
        assertThat(driver.findElement(By.id("macroArea-error")).getText()).isNotBlank();
        assertThat(selected("channel")).isEqualTo("SEGRETARIATO_SOCIALE");
        check("open-case-error");
        select("macroArea", "A");
        send();
        waitFor(By.cssSelector("[data-testid=case-number]"));
        String caseId = driver.findElement(By.cssSelector("[data-testid=case-number]")).getText();
        assertThat(driver.findElement(By.cssSelector("[data-testid=people]")).getText())
                .contains("Giulia Ferraro", "Luca Ferraro", "Sofia Ferraro");

        action("contact-link");
        select("contactId", "");
        rejected("contactId", "contact-link");
        assertThat(selected("personId")).isNotEmpty();
        select("contactId", new Select(driver.findElement(By.id("contactId"))).getOptions().get(1).getAttribute("value"));
        submitted();

        // 4. Assessment with the job centre, the team, a team meeting.
        action("assessment");
        type("instrument", "Analisi Preliminare GePI");
        date("assessedOn", "2025-01-20");
        type("result", "Nucleo monogenitoriale senza reddito da lavoro");
        WebElement cpi = addRow("participants");
        new Select(cpi.findElement(By.cssSelector("[name$='.role']"))).selectByValue("OPERATORE_LAVORO");
        new Select(cpi.findElement(By.cssSelector("[name$='.organisation']"))).selectByValue("coop-il-mosaico");
        rejected("kind", "assessment");
        assertThat(value("instrument")).isEqualTo("Analisi Preliminare GePI");
        select("kind", "ANALISI_PRELIMINARE");
        submitted();
        assertThat(section("assessments")).contains("Analisi preliminare", "2 partecipanti");

        action("team");
        WebElement member = addRow("members");
        new Select(member.findElement(By.cssSelector("[name$='.role']"))).selectByValue("OPERATORE_LAVORO");
        rejected("members-1-organisation", "team");
        select("members-1-organisation", "coop-il-mosaico");
        submitted();
        assertThat(section("team")).contains("Operatore per il lavoro");

        action("team-meeting");
        date("heldOn", "2025-01-28");
        rejected("decisions", "team-meeting");
        type("decisions", "Proporre un tirocinio di inclusione");
        submitted();

        // 5. A PaIS with three objectives, added and filled by keyboard, then signed; monitoring at T0.
        action("pais");
        type("objectives-0-description", "Inserimento lavorativo della madre");
        type("objectives-0-expectedResults-0-description", "Tirocinio avviato");
        date("objectives-0-expectedResults-0-dueBy", "2025-03-31");
        for (String objective : List.of("Frequenza scolastica regolare dei figli", "Stabilita' abitativa")) {
            WebElement row = addRow("objectives");
            assertThat(driver.switchTo().activeElement().getAttribute("name")).as("focus moves to the new row")
                    .endsWith(".description");
            driver.switchTo().activeElement().sendKeys(objective);
            row.findElement(By.cssSelector("[name$='expectedResults[0].description']")).sendKeys("Risultato: " + objective);
        }
        select("commitments-0-member", "");
        type("commitments-0-description", "Frequentare il tirocinio");
        driver.findElement(By.id("commitments-0-obligation")).sendKeys(Keys.SPACE);
        select("supports-0-service", "TIROCINIO_INCLUSIONE_SOCIALE");
        date("monitoringDates-0", "2025-06-10");
        check("pais-rows");
        rejected("commitments-0-row", "pais");
        assertThat(driver.findElements(By.cssSelector("#objectives-rows > .row-item"))).hasSize(3);
        assertThat(value("objectives-2-description")).isEqualTo("Stabilita' abitativa");
        assertThat(driver.findElement(By.id("commitments-0-obligation")).isSelected()).isTrue();
        selectByText("commitments-0-member", "Giulia Ferraro");
        submitted();
        assertThat(section("plans")).contains("Inserimento lavorativo della madre", "Stabilita' abitativa", "Bozza");

        driver.findElement(By.cssSelector("[data-action=pais-sign]")).sendKeys(Keys.ENTER);
        waitFor(By.cssSelector("form[data-form=pais-sign]"));
        date("signedOn", "");
        rejected("signedOn", "pais-sign");
        date("signedOn", "2025-02-10");
        submitted();
        assertThat(section("plans")).contains("Firmato il 10/02/2025");

        action("monitoring");
        date("monitoredOn", "2025-02-10");
        type("scores-0-score", "20");
        type("scores-1-score", "cinquanta");
        rejected("scores-1-score", "monitoring");
        driver.findElement(By.id("scores-1-score")).clear();
        type("scores-1-score", "50");
        submitted();
        assertThat(section("monitoring")).contains("T0", "Lavoro 20", "Abitare 50");

        // 6. A tirocinio for the mother: activation, a month of attendance, an extension, hired.
        action("tirocinio");
        select("promoter", "udp-lodi");
        select("hostOrganisation", "coop-il-mosaico");
        type("hostTutor", "Marta Galli, responsabile");
        date("start", "2025-03-01");
        date("plannedEnd", "2025-02-28");
        type("weeklyHours", "20");
        type("monthlyIndemnity", "400");
        select("indemnityFunding", "QSFP");
        rejected("plannedEnd", "tirocinio");
        date("plannedEnd", "2025-08-31");
        submitted();
        tirocinioStep("attendance");
        month("month", "2025-03");
        rejected("hoursAttended", "attendance");
        type("hoursAttended", "80");
        type("indemnityPaid", "400");
        submitted();
        tirocinioStep("extension");
        rejected("newPlannedEnd", "extension");
        date("newPlannedEnd", "2025-10-31");
        submitted();
        tirocinioStep("completion");
        date("endedOn", "2025-09-30");
        rejected("outcome", "completion");
        select("outcome", "HIRED");
        submitted();
        assertThat(section("tirocini")).contains("Concluso con assunzione");

        // 7. Luca's protected discharge: home care, discharge, care active the next day, a delivery, the check.
        action("intervention");
        selectByText("beneficiary", "Luca Ferraro");
        select("service", "SERVIZIO_ASSISTENZA_DOMICILIARE");
        select("provider", "coop-il-mosaico");
        date("start", "2025-04-03");
        date("plannedEnd", "2025-05-03");
        type("plannedHours", "20");
        rejected("funding", "intervention");
        select("funding", "FNPS");
        submitted();
        action("discharge");
        selectByText("patient", "Luca Ferraro");
        select("hospital", "asst-lodi");
        type("ward", "Pediatria");
        date("expectedDischargeOn", "2025-04-02");
        date("referredAt", "2025-03-30T10:00");
        rejected("admittedOn", "discharge");
        assertThat(value("ward")).isEqualTo("Pediatria");
        date("admittedOn", "2025-03-28");
        submitted();
        dischargeStep("hospital-discharge");
        rejected("dischargedAt", "hospital-discharge");
        date("dischargedAt", "2025-04-02T11:00");
        submitted();
        dischargeStep("care");
        select("interventions-0", driver.findElement(By.id("interventions-0")).findElements(By.tagName("option"))
                .get(1).getAttribute("value"));
        rejected("activeSince", "care");
        date("activeSince", "2025-04-03T09:00");
        submitted();
        driver.findElement(By.cssSelector("[data-action=delivery]")).sendKeys(Keys.ENTER);
        waitFor(By.cssSelector("form[data-form=delivery]"));
        date("deliveredOn", "");
        rejected("deliveredOn", "delivery");
        date("deliveredOn", "2025-04-10");
        type("hours", "6");
        submitted();
        driver.findElement(By.cssSelector("[data-action=intervention-end]")).sendKeys(Keys.ENTER);
        waitFor(By.cssSelector("form[data-form=intervention-end]"));
        date("endedOn", "2025-05-03");
        rejected("outcome", "intervention-end");
        select("outcome", "TERMINATA");
        submitted();
        dischargeStep("readmission-check");
        date("checkedOn", "2025-10-02");
        submitted();
        assertThat(section("discharges")).contains("Ricoveri verificati il 02/10/2025");
        assertThat(section("interventions")).contains("6");

        // 8. Monitoring at T1, a note sent by a double click, and the closure rated by both sides.
        action("monitoring");
        date("monitoredOn", "2025-06-10");
        type("scores-0-score", "60");
        type("scores-1-score", "55");
        submitted();
        action("note");
        date("notedOn", "2025-09-05");
        rejected("text", "note");
        type("text", "Assunta a tempo determinato");
        WebElement button = driver.findElement(By.cssSelector("form[data-submit-once] button[type=submit]"));
        // A real double click of the pointer, the second click reaching the form while the first is sent.
        new Actions(driver).doubleClick(button).perform();
        waitFor(By.cssSelector("[data-testid=done]"));
        await().atMost(Duration.ofSeconds(20)).until(() -> file(caseId).notesCount >= 1);
        assertThat(file(caseId).notesCount).as("a double click stores one note").isEqualTo(1);

        action("closure");
        select("outcome", "CONCLUSO_POSITIVAMENTE");
        select("beneficiaryRating", "POSITIVE");
        select("operatorRating", "NEGATIVE");
        date("closedOn", "2025-10-15");
        send();
        waitFor(By.id("error-summary"));
        assertThat(driver.findElement(By.id("error-summary")).getText()).isNotBlank();
        assertThat(selected("outcome")).isEqualTo("CONCLUSO_POSITIVAMENTE");
        check("form-closure-error");
        select("operatorRating", "POSITIVE");
        submitted();
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Giulia Ferraro", "Chiusa");
        assertThat(driver.findElement(By.cssSelector("[data-testid=timeline]")).getText())
                .contains("as-comune1", "comune-098031");
        check("case-closed");
        driver.findElement(By.linkText("ENG")).sendKeys(Keys.ENTER);
        waitFor(By.xpath("//html[@lang='en']"));
        check("case-closed-en");
        driver.findElement(By.linkText("ITA")).sendKeys(Keys.ENTER);
        waitFor(By.xpath("//html[@lang='it']"));

        CaseDetail closed = file(caseId);
        assertThat(closed.status.name()).isEqualTo("CLOSED");
        assertThat(closed.plans).singleElement().satisfies(p -> assertThat(p.objectives).hasSize(3));
        assertThat(closed.tirocini).singleElement().satisfies(t -> assertThat(t.outcome).isEqualTo("HIRED"));
        assertThat(closed.monitoring).hasSize(2);
        assertThat(closed.contacts).hasSize(1);

        // 9. Caritas, with a grant of the social data, sees the case without names; the auditor reads it all.
        web.post().uri("/api/cases/{id}/shares", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("recipient", "caritas-lodi", "purpose", "Accompagnamento", "categories",
                        List.of("SOCIAL"), "legalBasis", "AGREEMENT", "legalReference", "CONV-2025-004",
                        "expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .exchange().expectStatus().isCreated();
        driver.manage().deleteAllCookies();
        signIn("op.caritas");
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            driver.get(url("/cases/" + caseId));
            return !driver.findElements(By.cssSelector("[data-testid=withheld-notice]")).isEmpty();
        });
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Non condiviso")
                .doesNotContain("Ferraro", MOTHER_CF);
        assertThat(driver.findElements(By.cssSelector("[data-testid=actions]"))).isEmpty();
        check("case-partner");

        driver.manage().deleteAllCookies();
        signIn("auditor");
        driver.get(url("/cases/" + caseId));
        waitFor(By.cssSelector("[data-testid=timeline]"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Giulia Ferraro", "Chiusa");
        assertThat(driver.findElements(By.cssSelector("[data-testid=actions]"))).as("an auditor changes nothing")
                .isEmpty();
        check("case-auditor");
        driver.get(url("/cases/" + caseId + "/act/note"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Presa in carico non trovata");
    }

    private void registerPerson(String cf, String first, String last, String birth, String sex) {
        driver.get(url("/act/person"));
        type("codiceFiscale", cf);
        type("firstName", first);
        type("lastName", last);
        date("birthDate", birth);
        select("sex", sex);
    }

    /** Sends the form expecting a mistake on that field: its message beside it, the form as typed, no change. */
    private void rejected(String fieldId, String screen) {
        send();
        waitFor(By.id("error-summary"));
        assertThat(driver.findElement(By.id(fieldId + "-error")).getText()).as(screen + ": message beside " + fieldId)
                .isNotBlank();
        assertThat(driver.findElement(By.id(fieldId)).getAttribute("aria-describedby")).contains(fieldId + "-error");
        check("form-" + screen + "-error");
    }

    /** Sends the form expecting it stored: the page that follows says so. */
    private void submitted() {
        String form = driver.findElement(By.cssSelector("form[data-submit-once]")).getAttribute("data-form");
        check("form-" + (form == null ? "open-case" : form));
        send();
        waitFor(By.cssSelector("[data-testid=done]"));
    }

    /** Sends the form by keyboard, as a user without a mouse does. */
    private void send() {
        driver.findElement(By.cssSelector("form[data-submit-once] button[type=submit]")).sendKeys(Keys.ENTER);
    }

    private void action(String form) {
        driver.findElement(By.cssSelector("[data-testid=actions] [data-action=" + form + "]")).sendKeys(Keys.ENTER);
        waitFor(By.cssSelector("form[data-form=" + form + "]"));
    }

    private void tirocinioStep(String form) {
        driver.findElement(By.cssSelector("[data-testid=tirocini] [data-action=" + form + "]")).sendKeys(Keys.ENTER);
        waitFor(By.cssSelector("form[data-form=" + form + "]"));
    }

    private void dischargeStep(String form) {
        driver.findElement(By.cssSelector("[data-testid=discharges] [data-action=" + form + "]")).sendKeys(Keys.ENTER);
        waitFor(By.cssSelector("form[data-form=" + form + "]"));
    }

    /** Adds a row to a group with its button, by keyboard, and answers the new row. */
    private WebElement addRow(String groupId) {
        int before = driver.findElements(By.cssSelector("#" + groupId + "-rows > .row-item")).size();
        driver.findElement(By.cssSelector("#" + groupId + " > .add-row")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                d.findElements(By.cssSelector("#" + groupId + "-rows > .row-item")).size() == before + 1);
        List<WebElement> rows = driver.findElements(By.cssSelector("#" + groupId + "-rows > .row-item"));
        return rows.get(rows.size() - 1);
    }

    private String section(String name) {
        return driver.findElement(By.cssSelector("[data-testid=" + name + "]")).getText();
    }

    private CaseDetail file(String caseId) {
        return files.detail(caseId).block();
    }

    private void check(String name) {
        browser.screenshot(name);
        assertThat(browser.seriousAccessibilityViolations()).as("serious or critical WCAG violations on " + name)
                .isEmpty();
    }

    private void signIn(String username) {
        Browser.get().signIn(url("/login"), username);
    }

    private void select(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    private void selectByText(String id, String startsWith) {
        Select select = new Select(driver.findElement(By.id(id)));
        select.selectByVisibleText(select.getOptions().stream().map(WebElement::getText)
                .filter(text -> text.startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("No option " + startsWith + " in " + id)));
    }

    private String selected(String id) {
        return new Select(driver.findElement(By.id(id))).getFirstSelectedOption().getAttribute("value");
    }

    private String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    /** Chromium's date and month fields take digits in the order of the browser's locale: set them as ISO. */
    private void date(String id, String iso) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, iso);
    }

    private void month(String id, String iso) {
        date(id, iso);
    }

    private void type(String id, String text) {
        driver.findElement(By.id(id)).sendKeys(text);
    }

    private void waitFor(By locator) {
        Browser.get().waitFor(locator);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

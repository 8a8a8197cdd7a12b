package it.cartella.app.web;

import it.cartella.app.CartellaAppTest;
import it.cartella.app.access.UniquePeople;
import it.cartella.app.audit.AccessLog;
import it.cartella.app.audit.AccessLogEntry;
import it.cartella.app.cases.CaseRef;
import it.cartella.app.cases.OpenCaseRequest;
import it.cartella.app.persons.PersonRef;
import it.cartella.query.cases.CaseFileQueries;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The person fields of the forms: a person registered in another session is found by name or codice fiscale and
 * chosen by keyboard; a person the user may not see is never offered; every person shown is in the access log; a
 * field left empty says how to choose someone, in Italian and in English.
 */
class PersonPickerTest extends CartellaAppTest {

    private static final String FIELD = "members[0].personId";
    private static final String SEARCH = "personSearch.members-0-personId";

    @LocalServerPort
    private int port;

    @Autowired
    private CaseFileQueries files;
    @Autowired
    private AccessLog accessLog;

    private Browser browser;
    private WebDriver driver;

    @Test
    void aPersonRecordedOnlyByAnotherComuneIsNeverFoundAndEveryPersonShownIsLogged() {
        Map<String, Object> person = UniquePeople.next();
        String personId = register(person);
        String surname = (String) person.get("lastName");
        String codiceFiscale = (String) person.get("codiceFiscale");

        for (String term : List.of(surname, codiceFiscale, codiceFiscale.substring(0, 6).toLowerCase())) {
            assertThat(pick(as("as.comune2"), term)).as("as.comune2 searching " + term)
                    .doesNotContain(personId).contains("Nessuna persona trovata");
        }
        assertThat(accessLog.ofPerson(personId)).as("nothing shown to as.comune2, nothing logged for them")
                .noneMatch(e -> e.userId().equals("as-comune2"));

        // First name and surname: both words must match, so no other test's person is found with them.
        String found = pick(web, person.get("firstName") + " " + surname);
        assertThat(found).contains("value=\"" + personId + "\"", person.get("firstName") + " " + surname
                + " (" + codiceFiscale + ")", "1 persona trovata");
        assertThat(accessLog.ofPerson(personId)).filteredOn(e -> e.action().equals("READ_PERSON_SEARCH"))
                .singleElement().satisfies(e -> {
                    assertThat(e.userId()).isEqualTo("as-comune1");
                    assertThat(e.outcome()).isEqualTo(AccessLogEntry.Outcome.ALLOWED);
                    assertThat(e.basis()).isEqualTo("RECORDING_ORGANISATION");
                    assertThat(e.categories()).containsExactly("IDENTIFYING");
                });
        assertThat(pick(web, surname.substring(0, 1))).as("one letter finds no one").doesNotContain(personId)
                .contains("almeno 2 caratteri");

        // Once the person has a case, who finds them goes with the case: its owner, not another Comune.
        String caseId = web.post().uri("/api/cases").bodyValue(new OpenCaseRequest(personId, null, null, null, null,
                        null, "098031", "A", "SEGRETARIATO_SOCIALE", "ON_REQUEST", "comune-098031", "as-comune1",
                        null, null))
                .exchange().expectStatus().isCreated().expectBody(CaseRef.class).returnResult().getResponseBody()
                .caseId();
        await().atMost(Duration.ofSeconds(20)).until(() -> files.detail(caseId).block() != null);
        assertThat(pick(as("as.comune2"), codiceFiscale)).doesNotContain(personId);
        assertThat(pick(web, codiceFiscale)).contains(personId);
        assertThat(accessLog.ofCase(caseId)).filteredOn(e -> e.action().equals("READ_PERSON_SEARCH"))
                .extracting(AccessLogEntry::userId).containsExactly("as-comune1");
    }

    @Test
    void aPersonFieldLeftEmptySaysHowToChooseSomeoneInEitherLanguage() {
        for (String language : List.of("it", "en")) {
            String page = web.post().uri("/act/household?lang=" + language)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(BodyInserters.fromFormData("idempotencyKey", UUID.randomUUID().toString())
                            .with("members[0].relationship", "REFERENCE_PERSON").with("members[0].role", "APPLICANT")
                            .with("compositionType", "SINGLE_PARENT").with(SEARCH, "Rossi"))
                    .exchange().expectStatus().isBadRequest().expectBody(String.class).returnResult()
                    .getResponseBody();
            assertThat(page).as(language).contains("id=\"members-0-personId-error\"",
                    language.equals("it") ? "Nessuna persona scelta: cercala per nome o codice fiscale"
                            : "No person chosen: find them by name or codice fiscale");
        }
    }

    @Test
    void aSocialWorkerAddsToAHouseholdAndTakesInChargePeopleRegisteredInAnotherSessionBySearchingForThem() {
        Map<String, Object> mother = UniquePeople.next();
        Map<String, Object> son = UniquePeople.next();
        String motherId = register(mother);
        String sonId = register(son);
        Map<String, Object> neighbour = UniquePeople.next();
        String neighbourId = register(neighbour);

        browser = Browser.get();
        browser.size(Browser.DESKTOP);
        driver = browser.driver();
        driver.manage().deleteAllCookies();
        signIn();
        driver.get(url("/act/household"));
        waitFor(By.id("members-0-personId"));
        assertThat(options("members-0-personId")).as("registered in another session: not offered before a search")
                .doesNotContain(motherId, sonId);

        find("members-0-personId", mother.get("lastName") + " " + mother.get("firstName"), motherId);
        browser.screenshot("household-person-found");
        assertThat(browser.seriousAccessibilityViolations()).as("the household form with a search's results")
                .isEmpty();
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertThat(selected("members-0-personId")).as("chosen by keyboard").isEqualTo(motherId);

        new Select(driver.findElement(By.id("members-1-relationship"))).selectByValue("CHILD");
        new Select(driver.findElement(By.id("members-1-role"))).selectByValue("MEMBER");
        new Select(driver.findElement(By.id("compositionType"))).selectByValue("SINGLE_PARENT");
        send();
        waitFor(By.id("members-1-personId-error"));
        assertThat(driver.findElement(By.id("members-1-personId-error")).getText())
                .startsWith("Nessuna persona scelta");
        assertThat(new Select(driver.findElement(By.id("members-0-personId"))).getFirstSelectedOption().getText())
                .as("the person found before stays chosen, by name").startsWith(mother.get("firstName") + " ");
        browser.screenshot("household-person-missing");

        find("members-1-personId", (String) son.get("codiceFiscale"), sonId);
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertThat(selected("members-1-personId")).isEqualTo(sonId);
        send();
        waitFor(By.cssSelector("[data-testid=done]"));

        // The household is stored with both, and the forms that follow offer them by name.
        driver.get(url("/cases/new"));
        waitFor(By.id("householdId"));
        assertThat(new Select(driver.findElement(By.id("householdId"))).getOptions()).extracting(WebElement::getText)
                .anySatisfy(label -> assertThat(label).contains(mother.get("firstName") + " " + mother.get("lastName"),
                        son.get("firstName") + " " + son.get("lastName")));
        assertThat(options("personId")).contains(motherId, sonId).doesNotContain(neighbourId);

        // Taking in charge someone registered in another session: found on the new case's form too.
        find("personId", (String) neighbour.get("codiceFiscale"), neighbourId);
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertThat(selected("personId")).isEqualTo(neighbourId);
        new Select(driver.findElement(By.id("macroArea"))).selectByValue("A");
        new Select(driver.findElement(By.id("channel"))).selectByValue("SEGRETARIATO_SOCIALE");
        send();
        waitFor(By.cssSelector("[data-testid=case-number]"));
        assertThat(driver.findElement(By.cssSelector("[data-testid=people]")).getText())
                .contains(neighbour.get("firstName") + " " + neighbour.get("lastName"));
    }

    /** Types the words in the field's search box and presses Enter: the person appears among the choices, focused. */
    private void find(String fieldId, String words, String expected) {
        WebElement box = driver.findElement(By.id(fieldId + "-search"));
        box.sendKeys(words);
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + fieldId + " optgroup[data-found] option[value='" + expected + "']")));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                fieldId.equals(d.switchTo().activeElement().getAttribute("id")));
        assertThat(driver.findElement(By.id(fieldId + "-status")).getText()).contains("trovat");
        assertThat(driver.findElements(By.cssSelector("#" + fieldId + " optgroup[data-found] option")))
                .as("the first choice found is the one expected").first()
                .satisfies(option -> assertThat(option.getAttribute("value")).isEqualTo(expected));
    }

    private String pick(WebTestClient client, String term) {
        return client.post().uri(b -> b.path("/persons/pick").queryParam("field", "{field}").build(FIELD))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(SEARCH, term))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    /** Registers the person as as.comune1 through the API, outside the browser's session. */
    private String register(Map<String, Object> person) {
        Map<String, Object> request = new HashMap<>(person);
        request.put("residenceComune", "098031");
        String personId = web.post().uri("/api/persons").bodyValue(request).exchange().expectStatus().isCreated()
                .expectBody(PersonRef.class).returnResult().getResponseBody().personId();
        await().atMost(Duration.ofSeconds(20)).until(() -> files.history(personId).block() != null);
        return personId;
    }

    private List<String> options(String id) {
        return new Select(driver.findElement(By.id(id))).getOptions().stream().map(o -> o.getAttribute("value"))
                .toList();
    }

    private String selected(String id) {
        return new Select(driver.findElement(By.id(id))).getFirstSelectedOption().getAttribute("value");
    }

    private void send() {
        driver.findElement(By.cssSelector("form[data-submit-once] button[type=submit]")).sendKeys(Keys.ENTER);
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

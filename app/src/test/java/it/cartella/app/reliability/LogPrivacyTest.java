package it.cartella.app.reliability;

import it.cartella.app.CartellaAppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * No personal data in the logs: a case's journey for people with names no log line could hold by chance, through
 * the API and the web pages, including the mistakes a user makes (a wrong codice fiscale, a name where a date goes,
 * a duplicate registration), with Cartella's own loggers at TRACE and Axon's at DEBUG; then every line written
 * meanwhile, by any thread, is searched for their names and codici fiscali.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyTest extends CartellaAppTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final List<String> VERBOSE = List.of("it.cartella", "org.axonframework");

    @Autowired
    private LoggingSystem loggingSystem;

    @BeforeEach
    void everythingCartellaSays() {
        loggingSystem.setLogLevel("it.cartella", LogLevel.TRACE);
        loggingSystem.setLogLevel("org.axonframework", LogLevel.DEBUG);
    }

    @AfterEach
    void backToConfiguredLevels() {
        VERBOSE.forEach(logger -> loggingSystem.setLogLevel(logger, null));
    }

    @Test
    void aCaseJourneyLeavesNoNameAndNoCodiceFiscaleInTheLogs(CapturedOutput output) {
        String mother = "Ermenegilda";
        String surname = "Quarantotti";
        String child = "Filiberto";
        Map<String, Object> opening = TestPeople.openCase(mother, surname);
        String motherCf = (String) opening.get("codiceFiscale");
        String childCf = TestPeople.codiceFiscale(java.time.LocalDate.of(2014, 3, 9), "M");

        String caseId = (String) post("/api/cases", opening, 201).get("caseId");
        String childId = (String) post("/api/persons", Map.of("codiceFiscale", childCf, "firstName", child,
                "lastName", surname, "birthDate", "2014-03-09", "sex", "M", "residenceComune", "098031"), 201)
                .get("personId");
        // The same child again, a wrong check character, and a name where a date goes: rejected, not logged.
        post("/api/persons", Map.of("codiceFiscale", childCf, "firstName", child, "lastName", surname,
                "birthDate", "2014-03-09", "sex", "M", "residenceComune", "098031"), 409);
        Map<String, Object> wrong = new LinkedHashMap<>(opening);
        wrong.put("codiceFiscale", motherCf.substring(0, 15) + (motherCf.charAt(15) == 'Z' ? 'Y' : 'Z'));
        wrong.put("birthDate", mother + " " + surname);
        post("/api/cases", wrong, 400);

        String path = "/api/cases/" + caseId;
        post(path + "/assessments", Map.of("kind", "ANALISI_PRELIMINARE", "instrument", "Analisi Preliminare GePI",
                "assessedOn", "2025-01-20", "result", mother + " " + surname + " vive sola con " + child,
                "participants", List.of(Map.of("role", "ASSISTENTE_SOCIALE", "organisation", "comune-098031",
                        "user", "as-comune1"))), 200);
        String pais = (String) post(path + "/pais", Map.of(
                "objectives", List.of(Map.of("description", "Lavoro per " + mother, "expectedResults",
                        List.of(Map.of("description", "Tirocinio avviato", "dueBy", "2025-03-31")))),
                "commitments", List.of(Map.of("member", childId, "description", "Frequentare la scuola",
                        "obligation", true)),
                "supports", List.of(Map.of("service", "TIROCINIO_INCLUSIONE_SOCIALE")),
                "monitoringDates", List.of("2025-06-10")), 201).get("paisId");
        post(path + "/monitoring", Map.of("step", 0, "monitoredOn", "2025-02-10",
                "scores", List.of(Map.of("domain", "LAVORO", "score", 20))), 200);
        post(path + "/notes", Map.of("notedOn", "2025-02-12", "text", "Colloquio con " + mother + " e " + child),
                200);

        // Reading: search by name and by codice fiscale, the detail, the timeline, the web search and case page.
        post("/api/cases/search", Map.of("text", surname), 200);
        post("/api/cases/search", Map.of("text", motherCf), 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> web.get().uri(path).exchange().expectBody(JSON)
                .returnResult().getResponseBody().get("notesCount"), count -> Integer.valueOf(1).equals(count));
        web.get().uri(path + "/timeline").exchange().expectStatus().isOk();
        FormSession session = FormSession.signedIn(anonymous(), "as.comune1");
        anonymous().post().uri("/search").cookie("SESSION", session.cookie())
                .body(BodyInserters.fromFormData("q", mother + " " + surname).with("_csrf", session.csrf()))
                .exchange().expectStatus().isOk();
        anonymous().get().uri("/cases/{id}", caseId).cookie("SESSION", session.cookie()).exchange()
                .expectStatus().isOk();
        assertThat(pais).isNotBlank();

        String logs = output.getAll().toUpperCase(Locale.ROOT);
        assertThat(logs).as("the journey's commands were logged")
                .contains("HANDLING COMMAND [IT.CARTELLA.KERNEL.CASES.RECORDNOTE]");
        for (String personal : List.of(mother, surname, child, motherCf, childCf)) {
            assertThat(logs).as("logs hold no personal data").doesNotContain(personal.toUpperCase(Locale.ROOT));
        }
    }

    private Map<String, Object> post(String uri, Object body, int status) {
        return web.post().uri(uri).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).bodyValue(body)
                .exchange().expectStatus().isEqualTo(status).expectBody(JSON).returnResult().getResponseBody();
    }
}

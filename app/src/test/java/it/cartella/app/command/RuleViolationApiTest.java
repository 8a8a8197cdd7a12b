package it.cartella.app.command;

import it.cartella.app.CartellaAppTest;
import it.cartella.app.cases.CaseRequests;
import it.cartella.kernel.cases.CaseOpened;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;
import java.util.function.Supplier;

import static it.cartella.app.journey.Json.list;
import static it.cartella.app.journey.Json.of;
import static org.assertj.core.api.Assertions.assertThat;

/** A command that breaks a rule answers a problem with a stable code in both languages, and stores nothing. */
class RuleViolationApiTest extends CartellaAppTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    private EventStore eventStore;

    @Test
    void closingAClosedCase() {
        String caseId = openCase();
        Map<String, Object> closure = of("outcome", "CONCLUSO_POSITIVAMENTE", "beneficiaryRating", "POSITIVE",
                "operatorRating", "POSITIVE", "closedOn", "2025-03-01");
        post("/api/cases/" + caseId + "/closure", closure).expectStatus().isOk();

        assertRefused(() -> post("/api/cases/" + caseId + "/closure", closure), 409, "CASE_CLOSED", null,
                "Il caso è chiuso: riaprirlo prima di modificarlo.",
                "The case is closed: reopen it before changing it.");
    }

    @Test
    void signingAPaisWithNoObjective() {
        String caseId = openCase();
        String paisId = (String) post("/api/cases/" + caseId + "/pais", of("kind", "PAIS")).expectStatus()
                .isCreated().expectBody(JSON).returnResult().getResponseBody().get("paisId");

        assertRefused(() -> post("/api/pais/" + paisId + "/signature", of("signedOn", "2025-02-10", "signatories", list(
                        of("role", "BENEFICIARY", "personId", personOf(caseId)),
                        of("role", "CASE_MANAGER", "user", "as-comune1")))),
                409, "PAIS_WITHOUT_OBJECTIVES", null,
                "Il piano non ha obiettivi: aggiungerli alla bozza prima della firma.",
                "The plan has no objectives: add them to the draft before signing.");
    }

    @Test
    void aTirocinioBeyond24MonthsWithoutJustification() {
        String caseId = openCase();

        assertRefused(() -> post("/api/tirocini", tirocinio(caseId, "2025-01-01", "2027-01-01")), 400,
                "TIROCINIO_OVER_24_MONTHS", "plannedEnd",
                "Il tirocinio supera i 24 mesi: serve la motivazione del servizio che ha in carico la persona.",
                "The traineeship exceeds 24 months: the service in charge of the person must state why.");

        String tirocinioId = (String) post("/api/tirocini", tirocinio(caseId, "2025-01-01", "2026-06-30"))
                .expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody().get("tirocinioId");
        assertRefused(() -> post("/api/tirocini/" + tirocinioId + "/extension", of("newPlannedEnd", "2027-03-31")), 400,
                "TIROCINIO_OVER_24_MONTHS", "justification",
                "Il tirocinio supera i 24 mesi: serve la motivazione del servizio che ha in carico la persona.",
                "The traineeship exceeds 24 months: the service in charge of the person must state why.");
        post("/api/tirocini/" + tirocinioId + "/extension", of("newPlannedEnd", "2027-03-31",
                "justification", "Percorso di autonomia ancora in corso")).expectStatus().isOk();
    }

    @Test
    void anEndDateBeforeTheStart() {
        String caseId = openCase();

        assertRefused(() -> post("/api/tirocini", tirocinio(caseId, "2025-03-01", "2025-02-01")), 400,
                "END_BEFORE_START", "plannedEnd",
                "La fine non può precedere l'inizio.", "The end cannot precede the start.");
        assertRefused(() -> post("/api/interventions", of("caseId", caseId, "service", "SERVIZIO_ASSISTENZA_DOMICILIARE",
                        "provider", "coop-il-mosaico", "funding", "FNPS", "start", "2025-03-01",
                        "plannedEnd", "2025-02-01", "plannedHours", 10)), 400,
                "END_BEFORE_START", "plannedEnd",
                "La fine non può precedere l'inizio.", "The end cannot precede the start.");
    }

    @Test
    void everyMistakeOfAnAssessmentAtOnce() {
        String caseId = openCase();
        long before = storedEvents();

        post("/api/cases/" + caseId + "/assessments", of("kind", "GUESS", "assessedOn", "10/01/2025",
                "participants", list(of("role", "WIZARD")))).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("INVALID_REQUEST")
                .jsonPath("$.errors[?(@.field == 'kind')].code").isEqualTo("UNKNOWN_VALUE")
                .jsonPath("$.errors[?(@.field == 'assessedOn')].code").isEqualTo("DATE_FORMAT")
                .jsonPath("$.errors[?(@.field == 'participants[0].role')].code").isEqualTo("UNKNOWN_VALUE")
                .jsonPath("$.errors[?(@.field == 'participants[0].organisation')].code").isEqualTo("REQUIRED");
        assertThat(storedEvents()).isEqualTo(before);
    }

    private void assertRefused(Supplier<WebTestClient.ResponseSpec> request, int status, String code, String field,
                               String messageIt, String messageEn) {
        long before = storedEvents();
        request.get().expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.detail").isEqualTo(messageIt)
                .jsonPath("$.errors[0].field").isEqualTo(field)
                .jsonPath("$.errors[0].message_it").isEqualTo(messageIt)
                .jsonPath("$.errors[0].message_en").isEqualTo(messageEn);
        assertThat(storedEvents()).isEqualTo(before);
    }

    private Map<String, Object> tirocinio(String caseId, String start, String plannedEnd) {
        return of("caseId", caseId, "promoter", "udp-lodi", "hostOrganisation", "coop-il-mosaico",
                "hostTutor", "Marta Galli", "start", start, "plannedEnd", plannedEnd, "weeklyHours", 20,
                "monthlyIndemnity", 0);
    }

    private String openCase() {
        Map<String, Object> body = CaseRequests.elena();
        body.put("openedOn", "2025-01-02");
        return (String) post("/api/cases", body).expectStatus().isCreated().expectBody(JSON).returnResult()
                .getResponseBody().get("caseId");
    }

    private String personOf(String caseId) {
        return ((CaseOpened) eventStore.readEvents(caseId, 0).next().getPayload()).personId().value();
    }

    private WebTestClient.ResponseSpec post(String uri, Map<String, Object> body) {
        return web.post().uri(uri).contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.ACCEPT_LANGUAGE, "it")
                .bodyValue(body).exchange();
    }
}

package it.cartella.app.audit;

import it.cartella.app.CartellaAppTest;
import it.cartella.app.access.CaseFixtures;
import it.cartella.app.access.UniquePeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The auditor's "as of": the whole case rebuilt from the events stored up to an instant, unchanged by what was
 * recorded afterwards, and filtered for each reader as the case detail is.
 */
class CaseAsOfTest extends CartellaAppTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    @Autowired
    private AccessLog accessLog;

    @Test
    void theCaseAsOfAnInstantIsTheCaseAsItStoodThenNotAsItIsNow() throws InterruptedException {
        Map<String, Object> person = UniquePeople.next();
        Map<String, Object> registration = new LinkedHashMap<>(person);
        registration.put("residenceComune", "098031");
        String personId = id(post("/api/persons", registration), "personId");
        Map<String, Object> opening = new LinkedHashMap<>(CaseFixtures.terms("comune-098031", "as-comune1"));
        opening.put("personId", personId);
        String caseId = id(post("/api/cases", opening), "caseId");
        post("/api/cases/" + caseId + "/assessments", Map.of("kind", "ANALISI_PRELIMINARE",
                "instrument", "Analisi Preliminare GePI", "assessedOn", day(5), "result", "Senza reddito",
                "participants", List.of(Map.of("role", "ASSISTENTE_SOCIALE", "organisation", "comune-098031",
                        "user", "as-comune1"))));
        String plan = id(post("/api/cases/" + caseId + "/pais", Map.of("objectives", List.of(Map.of(
                "description", "Lavoro", "expectedResults", List.of(Map.of("description", "Tirocinio")))))), "paisId");
        String intervention = id(post("/api/interventions", Map.of("caseId", caseId,
                "service", "SERVIZIO_ASSISTENZA_DOMICILIARE", "provider", "coop-il-mosaico", "funding", "FNPS",
                "start", day(4), "plannedHours", 10)), "interventionId");
        String tirocinio = id(post("/api/tirocini", Map.of("caseId", caseId, "promoter", "udp-lodi",
                "hostOrganisation", "coop-il-mosaico", "hostTutor", "Marta Galli", "serviceTutor", "as-comune1",
                "start", day(3), "plannedEnd", TODAY.plusDays(90).toString(), "weeklyHours", 20,
                "monthlyIndemnity", 0)), "tirocinioId");
        post("/api/discharges", Map.of("caseId", caseId, "hospital", "asst-lodi", "ward", "Medicina",
                "admittedOn", day(6), "expectedDischargeOn", day(2),
                "referredAt", Instant.now().minus(5, ChronoUnit.DAYS).toString()));
        Thread.sleep(50);
        Instant asOf = Instant.now();
        Thread.sleep(50);

        Map<String, Object> corrected = new LinkedHashMap<>(person);
        corrected.put("lastName", "Cambiato");
        web.put().uri("/api/persons/{id}/identity", personId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(corrected).exchange().expectStatus().isOk();
        post("/api/pais/" + plan + "/signature", Map.of("signedOn", day(1), "signatories", List.of(
                Map.of("role", "BENEFICIARY", "personId", personId), Map.of("role", "CASE_MANAGER", "user", "as-comune1"))));
        post("/api/interventions/" + intervention + "/deliveries", Map.of("deliveredOn", day(1), "hours", 3));
        post("/api/interventions/" + intervention + "/end", Map.of("endedOn", day(1), "outcome", "TERMINATA"));
        post("/api/tirocini/" + tirocinio + "/completion", Map.of("endedOn", day(1), "outcome", "HIRED"));
        post("/api/cases/" + caseId + "/closure", Map.of("outcome", "CONCLUSO_POSITIVAMENTE",
                "beneficiaryRating", "POSITIVE", "operatorRating", "POSITIVE", "closedOn", day(0)));

        Map<String, Object> then = history("auditor", caseId, asOf);
        Map<String, Object> was = state(then);
        assertThat(then).containsEntry("status", "OPEN");
        assertThat(was).containsEntry("status", "OPEN").containsEntry("closure", null)
                .containsEntry("caseManager", "as-comune1").containsEntry("withheld", List.of());
        assertThat(person(was, personId)).containsEntry("lastName", person.get("lastName"))
                .containsEntry("codiceFiscale", person.get("codiceFiscale"));
        assertThat(list(was, "assessments")).hasSize(1);
        assertThat(list(was, "plans").get(0)).containsEntry("status", "DRAFT").containsEntry("version", 1)
                .containsEntry("signedVersion", null);
        assertThat(list(was, "interventions").get(0)).containsEntry("deliveries", 0).containsEntry("endedOn", null);
        assertThat(list(was, "tirocini").get(0)).containsEntry("outcome", null);
        assertThat(list(was, "discharges")).hasSize(1);
        assertThat(types(then)).contains("CaseOpened", "PaisDrafted", "InterventionActivated", "TirocinioActivated",
                "ProtectedDischargeStarted").doesNotContain("PaisSigned", "DeliveryRecorded", "CaseClosed");

        Map<String, Object> now = history("auditor", caseId, null);
        Map<String, Object> is = state(now);
        assertThat(now).containsEntry("status", "CLOSED");
        assertThat(person(is, personId)).containsEntry("lastName", "Cambiato");
        assertThat(list(is, "plans").get(0)).containsEntry("status", "SIGNED").containsEntry("signedVersion", 1);
        assertThat(list(is, "interventions").get(0)).containsEntry("deliveries", 1);
        assertThat(list(is, "tirocini").get(0)).containsEntry("outcome", "HIRED");
        assertThat(is.get("closure")).isNotNull();

        assertThat(accessLog.ofCase(caseId)).anySatisfy(entry -> {
            assertThat(entry.userId()).isEqualTo("auditor");
            assertThat(entry.action()).isEqualTo("READ_HISTORY");
            assertThat(entry.outcome()).isEqualTo(AccessLogEntry.Outcome.ALLOWED);
        });
    }

    @Test
    void aPartnerGetsTheSummaryAsOfTheInstantWithOnlyTheGrantedCategories() throws InterruptedException {
        Map<String, Object> person = UniquePeople.next();
        Map<String, Object> opening = new LinkedHashMap<>(person);
        opening.putAll(CaseFixtures.terms("comune-098031", "as-comune1"));
        String caseId = id(post("/api/cases", opening), "caseId");
        post("/api/cases/" + caseId + "/shares", Map.of("recipient", "caritas-lodi", "purpose", "Accoglienza",
                "categories", List.of("CONTACT"), "legalBasis", "AGREEMENT", "legalReference", "CONV-2025-004",
                "expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()));
        await().atMost(Duration.ofSeconds(20)).until(() -> as("op.caritas").get().uri("/api/cases/{id}", caseId)
                .exchange().returnResult(String.class).getStatus().is2xxSuccessful());
        Thread.sleep(50);
        Instant asOf = Instant.now();

        Map<String, Object> state = state(history("op.caritas", caseId, asOf));

        assertThat(state).containsEntry("caseId", caseId).containsEntry("status", "OPEN")
                .doesNotContainKeys("firstName", "lastName", "codiceFiscale", "plans", "people")
                .containsEntry("withheld", List.of("IDENTIFYING"));
        assertThat(state.toString()).doesNotContain((String) person.get("lastName"));
        history("auditor", caseId, Instant.parse("2000-01-01T00:00:00Z"));
        assertThat(history("auditor", caseId, Instant.parse("2000-01-01T00:00:00Z")))
                .containsEntry("status", null).containsEntry("state", null);
    }

    private Map<String, Object> history(String user, String caseId, Instant asOf) {
        return CaseTimelineTest.history(as(user), caseId, asOf);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(Map<String, Object> history) {
        return (Map<String, Object>) history.get("state");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> state, String key) {
        return (List<Map<String, Object>>) state.get(key);
    }

    private static Map<String, Object> person(Map<String, Object> state, String personId) {
        return list(state, "people").stream().filter(p -> personId.equals(p.get("personId"))).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> types(Map<String, Object> history) {
        return ((List<Map<String, Object>>) history.get("events")).stream().map(e -> e.get("type")).toList();
    }

    private Map<String, Object> post(String uri, Object body) {
        WebTestClient.ResponseSpec answer = web.post().uri(uri).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
        return answer.expectStatus().is2xxSuccessful().expectBody(JSON).returnResult().getResponseBody();
    }

    private static String id(Map<String, Object> answer, String name) {
        return (String) answer.get(name);
    }

    private static String day(int daysAgo) {
        return TODAY.minusDays(daysAgo).toString();
    }
}

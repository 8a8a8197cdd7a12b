package it.cartella.app.audit;

import it.cartella.app.CartellaAppTest;
import org.junit.jupiter.api.Test;
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

/** An auditor reads a case as it was at an instant; a partner reads the same history without what it was not granted. */
class CaseTimelineTest extends CartellaAppTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Test
    void theTimelineAsOfAnInstantShowsTheCaseAsItWasThenFilteredForEachReader() throws InterruptedException {
        String caseId = openCase();
        Thread.sleep(50);
        Instant beforeTheNote = Instant.now();
        Thread.sleep(50);
        web.post().uri("/api/cases/{id}/notes", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("notedOn", LocalDate.now(ZoneId.of("Europe/Rome")).toString(), "text", "Colloquio: cerca casa e lavoro"))
                .exchange().expectStatus().isOk();

        Map<String, Object> then = timeline("auditor", caseId, beforeTheNote);
        assertThat(then).containsEntry("status", "OPEN");
        assertThat(types(then)).containsExactly("CaseOpened");

        Map<String, Object> now = timeline("auditor", caseId, null);
        assertThat(types(now)).containsExactly("CaseOpened", "NoteRecorded");
        assertThat(data(now, 1)).containsEntry("text", "Colloquio: cerca casa e lavoro")
                .containsEntry("withheld", List.of());
        assertThat(event(now, 1)).containsEntry("actor", "as-comune1");

        web.post().uri("/api/cases/{id}/shares", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("recipient", "caritas-lodi", "purpose", "Accoglienza", "categories", List.of("CONTACT"),
                        "legalBasis", "AGREEMENT", "legalReference", "CONV-2025-004",
                        "expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .exchange().expectStatus().isCreated();
        Map<String, Object> partner = timeline("op.caritas", caseId, null);
        assertThat(data(partner, 1)).doesNotContainKey("text").containsEntry("withheld", List.of("SOCIAL"));
        as("analista").get().uri("/api/cases/{id}/history", caseId).exchange().expectStatus().isForbidden();
    }

    private Map<String, Object> timeline(String user, String caseId, Instant asOf) {
        return history(as(user), caseId, asOf);
    }

    /** The case's history as the client's user reads it, as of the instant (now when null). */
    static Map<String, Object> history(WebTestClient client, String caseId, Instant asOf) {
        return client.get().uri(b -> {
            b.path("/api/cases/{id}/history");
            if (asOf != null) {
                b.queryParam("asOf", asOf.toString());
            }
            return b.build(caseId);
        }).exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> types(Map<String, Object> timeline) {
        return ((List<Map<String, Object>>) timeline.get("events")).stream().map(e -> e.get("type")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> event(Map<String, Object> timeline, int index) {
        return ((List<Map<String, Object>>) timeline.get("events")).get(index);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> timeline, int index) {
        return (Map<String, Object>) event(timeline, index).get("data");
    }

    private String openCase() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("codiceFiscale", "MNTLRA85B41E648E");
        body.put("firstName", "Laura");
        body.put("lastName", "Monti");
        body.put("birthDate", "1985-02-01");
        body.put("sex", "F");
        body.put("residenceComune", "098031");
        body.put("macroArea", "A");
        body.put("channel", "SEGRETARIATO_SOCIALE");
        body.put("owningOrganisation", "comune-098031");
        body.put("caseManager", "as-comune1");
        String caseId = (String) web.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody().get("caseId");
        await().atMost(Duration.ofSeconds(20)).until(() -> web.get().uri("/api/cases/{id}", caseId).exchange()
                .returnResult(String.class).getStatus().is2xxSuccessful());
        return caseId;
    }
}

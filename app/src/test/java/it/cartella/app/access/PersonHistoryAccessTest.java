package it.cartella.app.access;

import it.cartella.app.CartellaAppTest;
import it.cartella.app.audit.AccessLog;
import it.cartella.app.audit.AccessLogEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A person's history across cases shows only the cases the reader may see, each in the access log. */
class PersonHistoryAccessTest extends CartellaAppTest {

    @Autowired
    private AccessLog accessLog;

    @Test
    void aPersonsHistoryIsOnlyForWhoMaySeeOneOfTheirCasesAndOnlyWithWhatThatGrants() {
        Map<String, Object> person = UniquePeople.next();
        Map<String, Object> opening = new LinkedHashMap<>(person);
        opening.putAll(CaseFixtures.terms("comune-098019", "as-comune2"));
        WebTestClient comune2 = as("as.comune2");
        String caseId = CaseFixtures.openWith(comune2, opening);
        String personId = (String) comune2.get().uri("/api/cases/{id}", caseId).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("personId");

        await().atMost(Duration.ofSeconds(20)).until(() -> comune2.get().uri("/api/persons/{id}/history", personId)
                .exchange().returnResult(String.class).getStatus().is2xxSuccessful());
        comune2.get().uri("/api/persons/{id}/history", personId).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.lastName").isEqualTo(person.get("lastName"))
                .jsonPath("$.cases[0].caseId").isEqualTo(caseId);
        for (String id : List.of(personId, "00000000-0000-4000-8000-00000000abcd")) {
            for (String user : List.of("as.comune1", "op.caritas", "analista")) {
                as(user).get().uri("/api/persons/{id}/history", id).exchange().expectStatus().isForbidden()
                        .expectBody().jsonPath("$.code").isEqualTo("CASE_ACCESS_DENIED");
            }
        }

        comune2.post().uri("/api/cases/{id}/shares", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CaseFixtures.share("caritas-lodi", List.of("CONTACT"), Instant.now().plus(1, ChronoUnit.DAYS)))
                .exchange().expectStatus().isCreated();
        as("op.caritas").get().uri("/api/persons/{id}/history", personId).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.cases[0].caseId").isEqualTo(caseId)
                .jsonPath("$.lastName").doesNotExist()
                .jsonPath("$.codiceFiscale").doesNotExist()
                .jsonPath("$.withheld[0]").isEqualTo("IDENTIFYING");

        assertThat(accessLog.ofCase(caseId)).anySatisfy(entry -> {
            assertThat(entry.userId()).isEqualTo("op-caritas");
            assertThat(entry.action()).isEqualTo("READ_PERSON_HISTORY");
            assertThat(entry.outcome()).isEqualTo(AccessLogEntry.Outcome.ALLOWED);
        });
    }
}

package it.cartella.app.access;

import it.cartella.app.CartellaAppTest;
import it.cartella.query.access.CaseAccessFacts;
import it.cartella.query.access.CaseAccessQueries;
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

/**
 * A page of the case list decides the access to its rows with the facts of all of them read at once; they are the
 * facts read case by case: owner and case manager, share grants, referrals, seal and break-glass uses.
 */
class CaseAccessFactsBatchTest extends CartellaAppTest {

    @Autowired
    private CaseAccessQueries queries;

    @Test
    void thePagesFactsAreEachCasesOwn() {
        WebTestClient comune1 = as("as.comune1");
        String plain = open(comune1);
        String shared = open(comune1);
        String sealed = open(comune1);
        comune1.post().uri("/api/cases/{id}/shares", shared).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CaseFixtures.share("caritas-lodi", List.of("CONTACT", "SOCIAL"),
                        Instant.now().plus(30, ChronoUnit.DAYS)))
                .exchange().expectStatus().isCreated();
        String referral = (String) comune1.post().uri("/api/cases/{id}/referrals", shared)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CaseFixtures.referral("asst-lodi", List.of("IDENTIFYING", "HEALTH")))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get("referralId");
        as("op.asst").post().uri("/api/referrals/{id}/accept", referral).exchange().expectStatus().isOk();
        comune1.post().uri("/api/cases/{id}/seal", sealed).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("members", List.of("as-comune1"))).exchange().expectStatus().isOk();
        as("coord.udp").post().uri("/api/cases/{id}/break-glass", sealed).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("justification", "Pronto intervento notturno, referente irraggiungibile",
                        "minutes", 30)).exchange().expectStatus().isOk();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            CaseAccessFacts sharedFacts = queries.facts(shared).block();
            CaseAccessFacts sealedFacts = queries.facts(sealed).block();
            assertThat(sharedFacts.grants()).hasSize(1);
            assertThat(sharedFacts.referrals()).hasSize(1);
            assertThat(sealedFacts.sealed()).isTrue();
            assertThat(sealedFacts.breakGlass()).hasSize(1);
        });

        Map<String, CaseAccessFacts> oneByOne = new LinkedHashMap<>();
        for (String caseId : List.of(sealed, plain, shared)) {
            oneByOne.put(caseId, queries.facts(caseId).block());
        }
        Map<String, CaseAccessFacts> atOnce = queries.facts(List.of(sealed, "case-never-opened", plain, shared, plain))
                .block();

        assertThat(atOnce).isEqualTo(oneByOne);
        assertThat(queries.facts(List.of()).block()).isEmpty();
    }

    private static String open(WebTestClient caseManager) {
        Map<String, Object> opening = new LinkedHashMap<>(UniquePeople.next());
        opening.putAll(CaseFixtures.terms("comune-098031", "as-comune1"));
        return CaseFixtures.openWith(caseManager, opening);
    }
}

package it.cartella.app.security;

import it.cartella.app.CartellaAppTest;
import it.cartella.app.access.CaseFixtures;
import it.cartella.app.access.UniquePeople;
import it.cartella.app.audit.AccessLog;
import it.cartella.app.audit.AccessLogEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OIDC/OAuth2 bearer tokens, as a production identity provider (or SPID/CIE through one) would issue them: the
 * token's username names a registered user, whose organisation and roles apply exactly as with a password.
 */
class BearerTokenTest extends CartellaAppTest {

    @Autowired
    private AccessLog accessLog;

    @Test
    void aValidTokenIsItsUserWithTheirOrganisationAndRoles() {
        bearer(TestTokens.token("op.caritas", Instant.now().plusSeconds(600))).get().uri("/api/me").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.userId").isEqualTo("op-caritas")
                .jsonPath("$.organisation").isEqualTo("caritas-lodi")
                .jsonPath("$.roles[0]").isEqualTo("PARTNER_OPERATOR");
    }

    @Test
    void aTokensUserSeesExactlyWhatTheSameUserSeesWithAPassword() {
        for (String user : List.of("as.comune1", "as.comune2", "op.asst", "analista")) {
            WebTestClient withToken = bearer(TestTokens.token(user, Instant.now().plusSeconds(600)));
            assertThat(caseIds(withToken)).as(user).isEqualTo(caseIds(as(user)));
        }
        String comune1Case = caseIds(as("as.comune1")).get(0);
        bearer(TestTokens.token("as.comune2", Instant.now().plusSeconds(600))).get()
                .uri("/api/cases/{id}", comune1Case).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("CASE_ACCESS_DENIED");
    }

    @Test
    void anExpiredForgedOrUnknownUsersTokenGets401WithAProblem() {
        for (String token : List.of(TestTokens.token("as.comune1", Instant.now().minusSeconds(600)),
                TestTokens.forged("as.comune1", Instant.now().plusSeconds(600)),
                TestTokens.token("nessuno", Instant.now().plusSeconds(600)),
                "not-a-token")) {
            bearer(token).get().uri("/api/cases").header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
        }
    }

    @Test
    void aChangeWithATokenNeedsNoCsrfTokenAndIsTheUsersOwn() {
        WebTestClient comune1 = bearer(TestTokens.token("as.comune1", Instant.now().plusSeconds(600)));
        Map<String, Object> opening = new LinkedHashMap<>(UniquePeople.next());
        opening.putAll(CaseFixtures.terms("comune-098031", "as-comune1"));
        String caseId = (String) comune1.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(opening).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get("caseId");
        comune1.post().uri("/api/cases/{id}/notes", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("notedOn", "2025-01-10", "text", "Colloquio telefonico")).exchange()
                .expectStatus().isOk();

        List<AccessLogEntry> log = accessLog.ofCase(caseId);
        assertThat(log.get(log.size() - 1)).satisfies(entry -> {
            assertThat(entry.userId()).isEqualTo("as-comune1");
            assertThat(entry.action()).isEqualTo("RecordNote");
            assertThat(entry.outcome()).isEqualTo(AccessLogEntry.Outcome.ALLOWED);
        });
    }

    private WebTestClient bearer(String token) {
        return anonymous().mutate().defaultHeaders(h -> h.setBearerAuth(token)).build();
    }

    private static List<String> caseIds(WebTestClient client) {
        List<?> items = (List<?>) client.get().uri("/api/cases?size=100").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("items");
        return items.stream().map(item -> (String) ((Map<?, ?>) item).get("caseId")).toList();
    }
}

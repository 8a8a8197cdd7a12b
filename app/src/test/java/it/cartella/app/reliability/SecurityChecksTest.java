package it.cartella.app.reliability;

import it.cartella.app.CartellaAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security properties of the HTTP surface, checked as a client sees them: headers on pages and on the API
 * (answers and problems), HSTS only over HTTPS (here: ended at a trusted proxy), CSRF on form posts, a new session id
 * at sign-in, and the sign-in limit on the form.
 */
class SecurityChecksTest extends CartellaAppTest {

    @LocalServerPort
    private int port;

    /** Over a real connection from 127.0.0.1, as a reverse proxy on the same host connects: the test's usual client
     *  is bound to the application without a socket, so it has no address to trust. */
    private WebTestClient overTcp() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        FormSession session = FormSession.signedIn(anonymous(), "as.comune1");
        assertSecurityHeaders(anonymous().get().uri("/login").exchange().expectStatus().isOk()
                .expectBody().returnResult());
        assertSecurityHeaders(anonymous().get().uri("/").cookie("SESSION", session.cookie()).exchange()
                .expectStatus().isOk().expectBody().returnResult());
        assertSecurityHeaders(web.get().uri("/api/cases").exchange().expectStatus().isOk()
                .expectBody().returnResult());
        assertSecurityHeaders(web.get().uri("/api/cases/{id}", UUID.randomUUID()).exchange()
                .expectStatus().isNotFound().expectBody().returnResult());
        assertSecurityHeaders(anonymous().get().uri("/api/cases").exchange().expectStatus().isUnauthorized()
                .expectBody().returnResult());
    }

    @Test
    void theContentSecurityPolicyAllowsNoInlineScriptAndNoFraming() {
        String policy = anonymous().get().uri("/login").exchange().expectBody().returnResult()
                .getResponseHeaders().getFirst("Content-Security-Policy");
        String scripts = directive(policy, "script-src");
        assertThat(scripts).isEqualTo("script-src 'self'");
        assertThat(directive(policy, "frame-ancestors")).isEqualTo("frame-ancestors 'none'");
        assertThat(directive(policy, "object-src")).isEqualTo("object-src 'none'");
    }

    @Test
    void hstsIsSentOverHttpsEndedAtATrustedProxyAndNeverOverPlainHttp() {
        EntityExchangeResult<byte[]> plain = anonymous().get().uri("/login").exchange().expectBody().returnResult();
        assertThat(plain.getResponseHeaders().getFirst("Strict-Transport-Security")).isNull();

        // From 127.0.0.1, the default trusted proxy address.
        EntityExchangeResult<byte[]> proxied = overTcp().get().uri("/login")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "cartella.example.it")
                .exchange().expectBody().returnResult();
        assertThat(proxied.getResponseHeaders().getFirst("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000 ; includeSubDomains");
        // Anyone else claiming HTTPS is not believed.
        EntityExchangeResult<byte[]> claimed = anonymous().get().uri("/login").header("X-Forwarded-Proto", "https")
                .exchange().expectBody().returnResult();
        assertThat(claimed.getResponseHeaders().getFirst("Strict-Transport-Security")).isNull();
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndStoresNothing() {
        FormSession session = FormSession.signedIn(anonymous(), "as.comune1");
        long before = storedEvents();
        anonymous().post().uri("/cases/new").cookie("SESSION", session.cookie())
                .body(BodyInserters.fromFormData("idempotencyKey", UUID.randomUUID().toString())
                        .with("codiceFiscale", "VRDSRA95E50E648N").with("firstName", "Sara"))
                .exchange().expectStatus().isForbidden();
        anonymous().post().uri("/cases/new").cookie("SESSION", session.cookie())
                .body(BodyInserters.fromFormData("_csrf", "forged-" + session.csrf())
                        .with("idempotencyKey", UUID.randomUUID().toString()))
                .exchange().expectStatus().isForbidden();
        anonymous().post().uri("/api/cases").cookie("SESSION", session.cookie())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(TestPeople.openCase("Senza", "Token"))
                .exchange().expectStatus().isForbidden();
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void signingInGivesANewSessionIdAndTheOldOneIsNotSignedIn() {
        FormSession before = FormSession.anonymous(anonymous());
        EntityExchangeResult<byte[]> signedIn = before.signIn(anonymous(), "as.comune2", "demo");
        assertThat(signedIn.getStatus().is3xxRedirection()).isTrue();
        String after = FormSession.cookie(signedIn);

        assertThat(after).isNotEqualTo(before.cookie());
        anonymous().get().uri("/api/me").cookie("SESSION", after).exchange().expectStatus().isOk();
        // A session id planted before sign-in (fixation) does not become a signed-in session.
        anonymous().get().uri("/api/me").cookie("SESSION", before.cookie()).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void repeatedFailedSignInsOnTheFormLockTheAccountFromThatAddress() {
        // The lock holds per username and client address: from a documentation address (through the trusted proxy
        // header) it does not lock the other tests, which connect from 127.0.0.1, out.
        String username = "as.comune1";
        String client = "203.0.113." + (1 + (int) (Math.random() * 250));
        WebTestClient fromClient = overTcp().mutate().defaultHeader("X-Forwarded-For", client).build();
        for (int attempt = 0; attempt < 5; attempt++) {
            FormSession session = FormSession.anonymous(fromClient);
            assertThat(location(session.signIn(fromClient, username, "wrong-" + attempt))).isEqualTo("/login?error");
        }
        FormSession session = FormSession.anonymous(fromClient);
        assertThat(location(session.signIn(fromClient, username, "demo"))).isEqualTo("/login?error");
        // The same account from another address is not locked: a guesser cannot lock a colleague out.
        WebTestClient otherClient = overTcp().mutate().defaultHeader("X-Forwarded-For", "198.51.100.7").build();
        assertThat(location(FormSession.anonymous(otherClient).signIn(otherClient, username, "demo")))
                .as("signed in, sent to a page of the application").isNotNull().doesNotStartWith("/login");
    }

    private static String location(EntityExchangeResult<byte[]> answer) {
        return answer.getResponseHeaders().getFirst(HttpHeaders.LOCATION);
    }

    private static void assertSecurityHeaders(EntityExchangeResult<byte[]> answer) {
        HttpHeaders headers = answer.getResponseHeaders();
        assertThat(headers.getFirst("Content-Security-Policy")).as(answer.getUrl() + " CSP")
                .contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(headers.getFirst("X-Content-Type-Options")).as(answer.getUrl() + " nosniff").isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).as(answer.getUrl() + " frame options").isEqualTo("DENY");
        assertThat(headers.getFirst("Referrer-Policy")).as(answer.getUrl() + " referrer").isEqualTo("same-origin");
        assertThat(headers.getFirst(HttpHeaders.CACHE_CONTROL)).as(answer.getUrl() + " cache").contains("no-store");
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith(name + " ")) {
                return directive.strip();
            }
        }
        return null;
    }
}

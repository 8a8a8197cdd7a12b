package it.cartella.app.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import it.cartella.app.CartellaAppTest;
import it.cartella.app.user.Role;
import it.cartella.app.user.UserAccount;
import it.cartella.app.user.UserRegistry;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.UserId;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.reactive.function.BodyInserters;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationTest extends CartellaAppTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Autowired
    private UserRegistry users;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private MongoDatabase database;

    @Test
    void theApiAnswersAnUnauthenticatedRequestWithAProblemAndABasicChallenge() {
        anonymous().get().uri("/api/cases").header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Cartella\"")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aWrongPasswordIsRefusedAndHealthAndDocsStayOpen() {
        anonymous().get().uri("/api/cases").headers(h -> h.setBasicAuth(DEFAULT_USER, "wrong")).exchange()
                .expectStatus().isUnauthorized();
        anonymous().get().uri("/actuator/health").exchange().expectStatus().isOk();
        anonymous().get().uri("/api/docs").exchange().expectStatus().isOk();
        web.get().uri("/api/cases").exchange().expectStatus().isOk();
    }

    @Test
    void theActorComesFromTheSignedInUserNotFromHeaders() {
        as("op.caritas").get().uri("/api/me").header("X-Cartella-User", "as-comune1")
                .header("X-Cartella-Organisation", "comune-098031").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.userId").isEqualTo("op-caritas")
                .jsonPath("$.organisation").isEqualTo("caritas-lodi")
                .jsonPath("$.ambito").isEqualTo("udp-lodi")
                .jsonPath("$.roles[0]").isEqualTo("PARTNER_OPERATOR");
    }

    @Test
    void onlyAnAdministratorChangesTheRegistryOfOrganisations() {
        String body = "{\"name\":\"Comune di Sant'Angelo Lodigiano\",\"kind\":\"COMUNE\",\"ambito\":\"udp-lodi\"}";
        web.put().uri("/api/organisations/comune-098047").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("ADMIN_ONLY");
        as("admin").put().uri("/api/organisations/comune-098047").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isOk();
        web.get().uri("/api/organisations/comune-098047").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.kind").isEqualTo("COMUNE").jsonPath("$.ambito").isEqualTo("udp-lodi");
        web.get().uri("/api/agreements").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.reference == 'CONV-2025-004')].parties[4]").isEqualTo("caritas-lodi");
    }

    @Test
    void passwordsAreStoredAsDelegatingBcryptHashes() {
        Document stored = database.getCollection("users").find(Filters.eq("_id", DEFAULT_USER)).first();
        assertThat(stored.getString("passwordHash")).startsWith("{bcrypt}$2").doesNotContain("demo");
    }

    @Test
    void fiveFailuresLockTheUsernameFromThatAddressEvenForTheRightPassword() {
        users.save(new UserAccount(UserId.of("throttle-test"), "throttle.test", OrganisationId.of("comune-098031"),
                Set.of(Role.CASE_MANAGER), passwordEncoder.encode("right"), true)).block();
        anonymous().get().uri("/api/cases").headers(h -> h.setBasicAuth("throttle.test", "right")).exchange()
                .expectStatus().isOk();
        for (int attempt = 0; attempt < 5; attempt++) {
            anonymous().get().uri("/api/cases").headers(h -> h.setBasicAuth("throttle.test", "wrong")).exchange()
                    .expectStatus().isUnauthorized();
        }
        anonymous().get().uri("/api/cases").headers(h -> h.setBasicAuth("throttle.test", "right")).exchange()
                .expectStatus().isUnauthorized();
        web.get().uri("/api/cases").exchange().expectStatus().isOk();
    }

    @Test
    void aFailedSignInIsLoggedWithoutThePasswordTheUsernameOrTheAddress() {
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(logged);
        try {
            anonymous().get().uri("/api/cases").headers(h -> h.setBasicAuth("as.comune2", "Ind0vina-Segreto"))
                    .exchange().expectStatus().isUnauthorized();
        } finally {
            root.detachAppender(logged);
        }
        List<String> lines = logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).anyMatch(line -> line.startsWith("Failed sign-in"));
        assertThat(lines).noneMatch(line -> line.contains("Ind0vina-Segreto") || line.contains("as.comune2"));
    }

    @Test
    void theFormLoginOpensASessionWhoseChangesNeedTheCsrfToken() {
        EntityExchangeResult<String> loginPage = anonymous().get().uri("/login").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult();
        String session = sessionCookie(loginPage);
        String token = csrf(loginPage.getResponseBody());

        anonymous().post().uri("/login").cookie("SESSION", session)
                .body(BodyInserters.fromFormData("username", "as.comune2").with("password", "demo"))
                .exchange().expectStatus().isForbidden();

        EntityExchangeResult<byte[]> signedIn = anonymous().post().uri("/login").cookie("SESSION", session)
                .body(BodyInserters.fromFormData("username", "as.comune2").with("password", "demo")
                        .with("_csrf", token))
                .exchange().expectStatus().is3xxRedirection().expectBody().returnResult();
        // Signing in leads to the role's home page.
        assertThat(signedIn.getResponseHeaders().getLocation()).hasToString("/home");
        String authenticated = sessionCookie(signedIn);

        anonymous().get().uri("/api/cases").cookie("SESSION", authenticated).exchange().expectStatus().isOk();
        anonymous().post().uri("/api/cases").cookie("SESSION", authenticated)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isForbidden();
    }

    private static String sessionCookie(EntityExchangeResult<?> result) {
        ResponseCookie cookie = result.getResponseCookies().getFirst("SESSION");
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie.getValue();
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("CSRF field in the login page").isTrue();
        return matcher.group(1);
    }
}

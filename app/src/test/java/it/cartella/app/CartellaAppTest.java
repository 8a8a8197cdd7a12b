package it.cartella.app;

import it.cartella.app.command.CommandSender;
import it.cartella.app.demo.DemoDirectory;
import it.cartella.app.organisation.OrganisationRegistry;
import it.cartella.app.security.TestTokens;
import it.cartella.app.user.UserRegistry;
import it.cartella.eventstore.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;

/**
 * The one application context the app's tests share: every subclass gets the same context, so the suite starts
 * Spring once. It runs on the test JVM's embedded server, in a database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Metrics export is part of the operations contract (/actuator/prometheus); Spring disables it in tests otherwise.
@AutoConfigureObservability(tracing = false)
// The first request for the API documentation builds it from every controller, which takes more than the default
// 5 seconds on a loaded build machine.
@AutoConfigureWebTestClient(timeout = "30s")
public abstract class CartellaAppTest {

    /** A fixed test key: 32 bytes, base64. */
    public static final String TEST_CODICE_FISCALE_KEY = "Y2FydGVsbGEtdGVzdC1rZXktMzItYnl0ZXMtbG9uZyE=";

    /** The case manager of the first Comune, who opens the tests' cases. */
    public static final String DEFAULT_USER = "as.comune1";

    /** Signed in as {@link #DEFAULT_USER}. */
    protected WebTestClient web;

    @Autowired
    private WebTestClient anonymous;

    @Autowired
    private OrganisationRegistry organisations;

    @Autowired
    private UserRegistry users;

    @Autowired
    private PasswordEncoder passwordEncoder;

    private static volatile boolean directoryLoaded;

    @Autowired
    private EventStorageEngine eventStorageEngine;

    private static final String DATABASE = TestMongo.freshDatabaseName();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("cartella.mongodb.uri", TestMongo::connectionString);
        registry.add("cartella.mongodb.database", () -> DATABASE);
        registry.add("cartella.person.codice-fiscale-key", () -> TEST_CODICE_FISCALE_KEY);
        registry.add("cartella.security.http-basic", () -> "true");
        // The tests' own identity provider: bearer tokens work beside Basic, as in a production setup with OIDC.
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
    }

    @BeforeEach
    void signIn() {
        if (!directoryLoaded) {
            new DemoDirectory(organisations, users, passwordEncoder).load();
            directoryLoaded = true;
        }
        web = as(DEFAULT_USER);
    }

    /** A client signed in as that demo user, with HTTP Basic. */
    protected WebTestClient as(String username) {
        return anonymous().mutate().defaultHeaders(h -> h.setBasicAuth(username, DemoDirectory.PASSWORD)).build();
    }

    /**
     * A client signed in as that demo user with a bearer token of the tests' identity provider: the same user as
     * {@link #as}, without a password hash to check on every request, for tests that send many.
     */
    protected WebTestClient withToken(String username) {
        String token = TestTokens.token(username, Instant.now().plus(Duration.ofHours(1)));
        return anonymous().mutate().defaultHeaders(h -> h.setBearerAuth(token)).build();
    }

    /** A client that is not signed in. */
    protected WebTestClient anonymous() {
        // Generous: on a busy two-core machine the first OpenAPI document or bcrypt check can take seconds.
        return anonymous.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    /**
     * The events stored on someone's behalf (they carry an actor), from the first: what "nothing was stored" is
     * checked against. Events the deadline engine stores on its own clock carry none and are left out: in the
     * shared context they arrive in the background whenever the dates of an earlier test's records fall due.
     */
    protected long storedEvents() {
        try (var events = eventStorageEngine.readEvents(null, false)) {
            return events.filter(event -> event.getMetaData().containsKey(CommandSender.ACTOR)).count();
        }
    }
}

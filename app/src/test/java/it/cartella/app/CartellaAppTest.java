package it.cartella.app;

import it.cartella.eventstore.testing.TestMongo;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The one application context the app's tests share: every subclass gets the same context, so the suite starts
 * Spring once. It runs on the test JVM's embedded server, in a database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class CartellaAppTest {

    /** A fixed test key: 32 bytes, base64. */
    public static final String TEST_CODICE_FISCALE_KEY = "Y2FydGVsbGEtdGVzdC1rZXktMzItYnl0ZXMtbG9uZyE=";

    @Autowired
    protected WebTestClient web;

    @Autowired
    private EventStorageEngine eventStorageEngine;

    private static final String DATABASE = TestMongo.freshDatabaseName();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("cartella.mongodb.uri", TestMongo::connectionString);
        registry.add("cartella.mongodb.database", () -> DATABASE);
        registry.add("cartella.person.codice-fiscale-key", () -> TEST_CODICE_FISCALE_KEY);
    }

    /** Every event in the store, from the first: what "nothing was stored" is checked against. */
    protected long storedEvents() {
        try (var events = eventStorageEngine.readEvents(null, false)) {
            return events.count();
        }
    }
}

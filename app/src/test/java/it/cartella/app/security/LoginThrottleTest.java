package it.cartella.app.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mongodb.client.MongoDatabase;
import it.cartella.eventstore.testing.TestMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed sign-ins are counted in the database, so that every node of a cluster refuses the same guesser. */
class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final MongoDatabase database = TestMongo.freshDatabase();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(LoginThrottle.class);

    @BeforeEach
    void captureTheLog() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void releaseTheLog() {
        logger.detachAppender(logged);
    }

    @Test
    void failuresOnOneNodeCountOnEveryOther() {
        LoginThrottle nodeA = node(NOW);
        LoginThrottle nodeB = node(NOW);

        for (int i = 0; i < 3; i++) {
            nodeA.failed("as.comune1", "10.0.0.7");
        }
        assertThat(nodeB.isBlocked("as.comune1", "10.0.0.7")).isFalse();
        nodeB.failed("as.comune1", "10.0.0.7");
        nodeA.failed("as.comune1", "10.0.0.7");

        assertThat(nodeA.isBlocked("as.comune1", "10.0.0.7")).isTrue();
        assertThat(nodeB.isBlocked("as.comune1", "10.0.0.7")).isTrue();
        assertThat(nodeB.isBlocked("as.comune1", "10.0.0.8")).as("another address").isFalse();
        assertThat(nodeB.isBlocked("as.comune2", "10.0.0.7")).as("another user").isFalse();
        assertThat(node(NOW.plus(Duration.ofMinutes(16))).isBlocked("as.comune1", "10.0.0.7"))
                .as("once the failures are older than the window").isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheCountEverywhere() {
        LoginThrottle nodeA = node(NOW);
        LoginThrottle nodeB = node(NOW);
        for (int i = 0; i < 4; i++) {
            nodeA.failed("op.caritas", "10.0.0.9");
        }
        nodeB.succeeded("op.caritas", "10.0.0.9");
        nodeA.failed("op.caritas", "10.0.0.9");

        assertThat(nodeB.isBlocked("op.caritas", "10.0.0.9")).isFalse();
    }

    @Test
    void failuresAreLoggedWithoutUsernameAddressOrPasswordAndStoredWithoutThem() {
        LoginThrottle throttle = node(NOW);

        throttle.failed("coord.udp", "192.168.1.20");

        assertThat(logged.list).hasSize(1);
        String line = logged.list.get(0).getFormattedMessage();
        assertThat(line).startsWith("Failed sign-in").contains("failure 1 of 5")
                .doesNotContain("coord.udp", "192.168.1.20");
        String stored = database.getCollection(LoginThrottle.COLLECTION).find().first().toJson();
        assertThat(stored).doesNotContain("coord.udp", "192.168.1.20");
        assertThat(database.getCollection(LoginThrottle.COLLECTION).countDocuments(new Document())).isEqualTo(1);
    }

    /** A node of the cluster: its own throttle, on the shared database, with its clock at that instant. */
    private LoginThrottle node(Instant now) {
        return new LoginThrottle(database, 5, Duration.ofMinutes(15), Clock.fixed(now, ZoneOffset.UTC));
    }
}

package it.cartella.command.person;

import com.mongodb.client.MongoDatabase;
import it.cartella.eventstore.testing.TestMongo;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.person.CodiceFiscale;
import it.cartella.kernel.person.PersonAlreadyRegisteredException;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodiceFiscaleRegistryTest {

    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final CodiceFiscale MARIO = CodiceFiscale.of("RSSMRA85T10A562S");
    static final PersonId FIRST = PersonId.of("person-1");
    static final PersonId SECOND = PersonId.of("person-2");

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T10:00:00Z"));
    private MongoDatabase database;
    private CodiceFiscaleRegistry registry;

    @BeforeEach
    void setUp() {
        database = TestMongo.freshDatabase();
        registry = new CodiceFiscaleRegistry(database, KEY, clock);
    }

    @Test
    void findsOnlyConfirmedRegistrations() {
        registry.claim(MARIO, FIRST, id -> false);
        assertThat(registry.find(MARIO)).isEmpty();

        registry.confirm(MARIO, FIRST);

        assertThat(registry.find(MARIO)).contains(FIRST);
        assertThat(registry.find(CodiceFiscale.of("BNCLRA90A41F205I"))).isEmpty();
    }

    @Test
    void storesAKeyedHashNeverTheCodiceFiscale() {
        registry.claim(MARIO, FIRST, id -> false);

        Document claim = database.getCollection(CodiceFiscaleRegistry.COLLECTION).find().first();
        assertThat(claim.toJson()).doesNotContain(MARIO.value());
        assertThat(claim.getString("_id")).hasSize(64);
        CodiceFiscaleRegistry otherKey = new CodiceFiscaleRegistry(database,
                "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII), clock);
        registry.confirm(MARIO, FIRST);
        assertThat(otherKey.find(MARIO)).isEmpty();
    }

    @Test
    void forgetsAnErasedPersonsClaimsSoTheCodeLeadsNowhereAndIsFreeAgain() {
        registry.claim(MARIO, FIRST, id -> false);
        registry.confirm(MARIO, FIRST);

        registry.forget(FIRST);

        assertThat(registry.find(MARIO)).isEmpty();
        assertThat(database.getCollection(CodiceFiscaleRegistry.COLLECTION)
                .countDocuments(new Document("personId", FIRST.value()))).isZero();
        registry.claim(MARIO, SECOND, id -> id.equals(FIRST));
        registry.confirm(MARIO, SECOND);
        assertThat(registry.find(MARIO)).contains(SECOND);
    }

    @Test
    void refusesASecondPersonWithTheSameCodeCarryingTheExistingId() {
        registry.claim(MARIO, FIRST, id -> false);
        registry.confirm(MARIO, FIRST);

        assertThatThrownBy(() -> registry.claim(MARIO, SECOND, id -> id.equals(FIRST)))
                .isInstanceOfSatisfying(PersonAlreadyRegisteredException.class, e -> {
                    assertThat(e.existingPersonId()).isEqualTo(FIRST);
                    assertThat(e.code()).isEqualTo("PERSON_ALREADY_REGISTERED");
                    assertThat(e.getMessage()).doesNotContain(MARIO.value());
                });
    }

    @Test
    void letsTheSamePersonRetryAnUnfinishedRegistration() {
        registry.claim(MARIO, FIRST, id -> false);

        registry.claim(MARIO, FIRST, id -> false);
        registry.confirm(MARIO, FIRST);

        assertThat(registry.find(MARIO)).contains(FIRST);
    }

    @Test
    void aPersonsOwnClaimStaysTheirs() {
        registry.claim(MARIO, FIRST, id -> false);
        registry.confirm(MARIO, FIRST);

        registry.claim(MARIO, FIRST, id -> true);

        assertThat(registry.find(MARIO)).contains(FIRST);
    }

    @Test
    void protectsARegistrationInFlightDuringTheGracePeriod() {
        registry.claim(MARIO, FIRST, id -> false);
        clock.advance(CodiceFiscaleRegistry.GRACE.minusSeconds(1));

        assertThatThrownBy(() -> registry.claim(MARIO, SECOND, id -> false))
                .isInstanceOfSatisfying(PersonAlreadyRegisteredException.class,
                        e -> assertThat(e.existingPersonId()).isEqualTo(FIRST));
    }

    @Test
    void takesOverAClaimWhosePersonWasNeverCreated() {
        registry.claim(MARIO, FIRST, id -> false);
        clock.advance(CodiceFiscaleRegistry.GRACE.plusSeconds(1));

        registry.claim(MARIO, SECOND, id -> false);
        registry.confirm(MARIO, SECOND);
        registry.confirm(MARIO, FIRST);

        assertThat(registry.find(MARIO)).contains(SECOND);
    }

    @Test
    void healsAClaimWhoseConfirmationWasLost() {
        registry.claim(MARIO, FIRST, id -> false);
        clock.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> registry.claim(MARIO, SECOND, id -> id.equals(FIRST)))
                .isInstanceOf(PersonAlreadyRegisteredException.class);
        assertThat(registry.find(MARIO)).contains(FIRST);
    }

    @Test
    void releasesOnlyTheHoldersClaim() {
        registry.claim(MARIO, FIRST, id -> false);
        registry.confirm(MARIO, FIRST);

        registry.release(MARIO, SECOND);
        assertThat(registry.find(MARIO)).contains(FIRST);

        registry.release(MARIO, FIRST);
        assertThat(registry.find(MARIO)).isEmpty();
        registry.claim(MARIO, SECOND, id -> false);
    }

    @Test
    void ofConcurrentRegistrationsOfOneCodeExactlyOneWins() throws Exception {
        int registrations = 8;
        ExecutorService pool = Executors.newFixedThreadPool(registrations);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<PersonId>> outcomes = new ArrayList<>();
            for (int i = 0; i < registrations; i++) {
                PersonId candidate = PersonId.of("person-" + i);
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        registry.claim(MARIO, candidate, id -> false);
                        return candidate;
                    } catch (PersonAlreadyRegisteredException e) {
                        return null;
                    }
                }));
            }
            start.countDown();
            List<PersonId> winners = new ArrayList<>();
            for (Future<PersonId> outcome : outcomes) {
                PersonId winner = outcome.get(30, TimeUnit.SECONDS);
                if (winner != null) {
                    winners.add(winner);
                }
            }
            assertThat(winners).hasSize(1);
            registry.confirm(MARIO, winners.get(0));
            assertThat(registry.find(MARIO)).contains(winners.get(0));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesAShortKey() {
        assertThatThrownBy(() -> new CodiceFiscaleRegistry(database, new byte[16], clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsOneDocumentPerCode() {
        registry.claim(MARIO, FIRST, id -> false);
        registry.claim(CodiceFiscale.of("BNCLRA90A41F205I"), SECOND, id -> false);
        clock.advance(Duration.ofHours(1));
        registry.claim(MARIO, SECOND, id -> false);

        Set<String> holders = new HashSet<>();
        database.getCollection(CodiceFiscaleRegistry.COLLECTION).find()
                .forEach(d -> holders.add(d.getString("personId")));
        assertThat(database.getCollection(CodiceFiscaleRegistry.COLLECTION).countDocuments()).isEqualTo(2);
        assertThat(holders).containsExactly(SECOND.value());
    }

    /** A clock the test moves by hand, to cross the grace period without waiting. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

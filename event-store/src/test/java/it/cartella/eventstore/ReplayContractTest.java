package it.cartella.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Property 3 of the event store: reset and replay work, tokens stay small, restarts resume where they stopped. */
class ReplayContractTest {

    /** A projection into MongoDB, rebuilt by a replay; it must be idempotent per event to survive re-delivery. */
    static final class CountsPerCase {
        final MongoCollection<Document> view;

        CountsPerCase(MongoCollection<Document> view) {
            this.view = view;
        }

        @EventHandler
        void on(StoreFixture.SomethingHappened event, EventMessage<?> message) {
            view.updateOne(Filters.eq("_id", event.caseId()),
                    Updates.combine(Updates.addToSet("events", message.getIdentifier()),
                            Updates.max("highest", event.number())),
                    new UpdateOptions().upsert(true));
        }

        @ResetHandler
        void reset() {
            view.deleteMany(new Document());
        }

        List<Document> contents() {
            return view.find().sort(new Document("_id", 1)).into(new ArrayList<>());
        }
    }

    /** A side effect that must happen once per event, never again on a replay (e.g. a notification). */
    static final class Notifier {
        final AtomicInteger sent = new AtomicInteger();

        @EventHandler
        @DisallowReplay
        void on(StoreFixture.SomethingHappened event) {
            sent.incrementAndGet();
        }
    }

    static final class Recorder {
        final Set<String> seen = ConcurrentHashMap.newKeySet();
        final AtomicInteger deliveries = new AtomicInteger();

        @EventHandler
        void on(StoreFixture.SomethingHappened event, EventMessage<?> message) {
            seen.add(message.getIdentifier());
            deliveries.incrementAndGet();
        }
    }

    @Test
    void aResetReplaysEverythingSkipsDisallowedHandlersAndRebuildsTheSameProjection() {
        try (StoreFixture fixture = new StoreFixture()) {
            CartellaEventStorageEngine engine = fixture.node();
            for (int i = 0; i < 600; i++) {
                engine.appendEvents(StoreFixture.events("case-" + (i % 30), i / 30, 1));
            }
            CountsPerCase projection = new CountsPerCase(fixture.database().getCollection("counts"));
            Notifier notifier = new Notifier();
            EmbeddedEventStore source = StoreFixture.eventStore(engine);
            TokenStore tokens = fixture.tokenStore();
            TrackingEventProcessor processor = StoreFixture.processor("rebuild", source, tokens, projection, notifier);
            processor.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> notifier.sent.get() == 600);
            List<Document> original = projection.contents();

            processor.shutDown();
            processor.resetTokens();
            processor.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> projection.contents().equals(original));
            assertThat(notifier.sent).hasValue(600);

            // The first event after the reset point ends the replay: live handlers run again, for it alone.
            engine.appendEvents(StoreFixture.events("case-new", 0, 1));
            await().atMost(Duration.ofSeconds(30)).until(() -> notifier.sent.get() == 601);
            assertThat(processor.isReplaying()).isFalse();
            processor.shutDown();
            source.shutDown();
            assertThat(original).hasSize(30);
            for (Document token : fixture.database().getCollection("trackingtokens").find()) {
                Object stored = token.get("token");
                int size = stored instanceof Binary binary ? binary.length() : String.valueOf(stored).length();
                assertThat(size).isLessThan(4096);
            }
        }
    }

    @Test
    void aRestartedProcessorResumesWithoutRedelivery() {
        try (StoreFixture fixture = new StoreFixture()) {
            CartellaEventStorageEngine engine = fixture.node();
            for (int i = 0; i < 200; i++) {
                engine.appendEvents(StoreFixture.events("case-" + (i % 10), i / 10, 1));
            }
            TokenStore tokens = fixture.tokenStore();
            Recorder before = new Recorder();
            EmbeddedEventStore source = StoreFixture.eventStore(engine);
            TrackingEventProcessor first = StoreFixture.processor("resume", source, tokens, before);
            first.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> before.seen.size() == 200);
            first.shutDown();

            for (int i = 0; i < 50; i++) {
                engine.appendEvents(StoreFixture.events("late-" + i, 0, 1));
            }
            Recorder after = new Recorder();
            TrackingEventProcessor second = StoreFixture.processor("resume", source, tokens, after);
            second.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> after.seen.size() == 50);
            // Give a wrongly rewound processor the time to deliver old events again before judging.
            await().pollDelay(Duration.ofMillis(500)).until(() -> true);
            second.shutDown();
            source.shutDown();

            assertThat(after.deliveries).hasValue(50);
            assertThat(after.seen).doesNotContainAnyElementsOf(before.seen);
        }
    }
}

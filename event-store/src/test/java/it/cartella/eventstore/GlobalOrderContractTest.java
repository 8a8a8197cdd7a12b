package it.cartella.eventstore;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Property 1 of the event store: one global order, and no event ever skipped or delivered twice, whatever the
 * number of writer nodes or their clocks.
 */
class GlobalOrderContractTest {

    /** Records what a tracking processor delivers, in delivery order. */
    static final class Recorder {
        final List<Long> positions = java.util.Collections.synchronizedList(new ArrayList<>());
        final Set<String> eventIds = ConcurrentHashMap.newKeySet();
        volatile int duplicates;

        @EventHandler
        void on(StoreFixture.SomethingHappened event, EventMessage<?> message, TrackingToken token) {
            positions.add(((GapAwareTrackingToken) token).getIndex());
            if (!eventIds.add(message.getIdentifier())) {
                duplicates++;
            }
        }
    }

    @Test
    void twoNodesWithSkewedClocksAndEightThreadsDeliverEveryEventOnceInGlobalOrder() throws Exception {
        try (StoreFixture fixture = new StoreFixture()) {
            CartellaEventStorageEngine nodeA = fixture.node();
            CartellaEventStorageEngine nodeB = fixture.node();
            Clock clockA = Clock.systemUTC();
            Clock clockB = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-5));

            Recorder recorder = new Recorder();
            EmbeddedEventStore source = StoreFixture.eventStore(nodeA);
            TrackingEventProcessor processor = StoreFixture.processor("order", source, fixture.tokenStore(), recorder);
            processor.start();

            int threads = 8;
            int commitsPerThread = 1800; // 14,400 commits, a fifth of them of three events: 20,160 events
            Set<String> appended = ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    CartellaEventStorageEngine node = thread % 2 == 0 ? nodeA : nodeB;
                    Clock clock = thread % 2 == 0 ? clockA : clockB;
                    long[] sequences = new long[25];
                    for (int i = 0; i < commitsPerThread; i++) {
                        int aggregate = i % sequences.length;
                        // Commits of one and of three events: the order must hold for multi-event commits too.
                        int size = i % 5 == 0 ? 3 : 1;
                        var events = StoreFixture.events("t" + thread + "-a" + aggregate, sequences[aggregate], size, clock);
                        node.appendEvents(events);
                        sequences[aggregate] += size;
                        events.forEach(e -> appended.add(e.getIdentifier()));
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            pool.shutdown();

            assertThat(appended).hasSizeGreaterThanOrEqualTo(20_000);
            await().atMost(Duration.ofSeconds(90)).until(() -> recorder.eventIds.size() >= appended.size());
            processor.shutDown();
            source.shutDown();

            assertThat(recorder.duplicates).isZero();
            assertThat(recorder.eventIds).isEqualTo(appended);
            List<Long> delivered = new ArrayList<>(recorder.positions);
            assertThat(delivered).isSorted().doesNotHaveDuplicates();
            assertThat(new HashSet<>(delivered)).hasSize(appended.size());
        }
    }
}

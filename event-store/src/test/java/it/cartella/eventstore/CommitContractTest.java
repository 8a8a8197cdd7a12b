package it.cartella.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Property 2 of the event store: atomic commits and per-aggregate optimistic concurrency. */
class CommitContractTest {

    /** A payload Jackson cannot write: serializing it fails after the events before it were serialized. */
    record Unwritable(Object self) {
        public Object getBroken() {
            throw new IllegalStateException("cannot be serialized");
        }
    }

    @Test
    void aCommitOfThreeEventsInterruptedHalfWayLeavesNoneOfThem() {
        try (StoreFixture fixture = new StoreFixture()) {
            CartellaEventStorageEngine engine = fixture.node();
            List<DomainEventMessage<?>> commit = new ArrayList<>(StoreFixture.events("case-1", 0, 2));
            commit.add(new GenericDomainEventMessage<>("Case", "case-1", 2, new Unwritable(null)));

            assertThatThrownBy(() -> engine.appendEvents(commit)).isInstanceOf(SerializationException.class);

            assertThat(engine.readEvents("case-1").asStream()).isEmpty();
            assertThat(engine.readEvents(null, false)).isEmpty();
        }
    }

    @Test
    void aWriterThatDiesAfterReservingPositionsBlocksNobodyAndLeavesNothing() {
        try (StoreFixture fixture = new StoreFixture()) {
            CartellaEventStorageEngine dying = fixture.node(Duration.ofMillis(200));
            CartellaEventStorageEngine survivor = fixture.node(Duration.ofMillis(200));
            // The dying node reserves positions for a commit and never inserts it (killed before its insert).
            new GlobalPositions(fixture.database().getCollection(CartellaEventStorageEngine.COUNTERS)).reserve(3);
            survivor.appendEvents(StoreFixture.events("case-2", 0, 2));
            dying.shutDown();

            List<? extends TrackedEventMessage<?>> read = readAll(survivor, 2, Duration.ofSeconds(10));

            assertThat(read).extracting(e -> ((DomainEventMessage<?>) e).getAggregateIdentifier())
                    .containsExactly("case-2", "case-2");
        }
    }

    @Test
    void twoWritersOnTheSameSequenceOneWinsTheOtherGetsAConflictAndNothingIsLost() throws Exception {
        try (StoreFixture fixture = new StoreFixture()) {
            CartellaEventStorageEngine nodeA = fixture.node();
            CartellaEventStorageEngine nodeB = fixture.node();
            nodeA.appendEvents(StoreFixture.events("case-3", 0, 5));

            CyclicBarrier start = new CyclicBarrier(2);
            var first = StoreFixture.events("case-3", 5, 2);
            var second = StoreFixture.events("case-3", 5, 1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Future<Throwable> a = pool.submit(appendAfter(start, nodeA, first));
            Future<Throwable> b = pool.submit(appendAfter(start, nodeB, second));
            List<Throwable> outcomes = java.util.stream.Stream.of(a.get(), b.get())
                    .filter(java.util.Objects::nonNull).collect(Collectors.toList());
            pool.shutdown();

            assertThat(outcomes).hasSize(1).first().isInstanceOf(ConcurrencyException.class);
            List<String> winner = a.get() == null ? ids(first) : ids(second);
            List<String> stream = nodeA.readEvents("case-3").asStream().skip(5)
                    .map(DomainEventMessage::getIdentifier).collect(Collectors.toList());
            assertThat(stream).isEqualTo(winner);
            // The loser's positions were voided at once: a reader sees the first five events and the winner's.
            assertThat(readAll(nodeA, 5 + winner.size(), Duration.ofSeconds(5))).hasSize(5 + winner.size());
        }
    }

    @Test
    void creatingAnAggregateThatExistsIsReportedAsSuch() {
        try (StoreFixture fixture = new StoreFixture()) {
            CartellaEventStorageEngine engine = fixture.node();
            engine.appendEvents(StoreFixture.events("case-4", 0, 1));

            assertThatThrownBy(() -> engine.appendEvents(StoreFixture.events("case-4", 0, 1)))
                    .isInstanceOf(AggregateStreamCreationException.class);
        }
    }

    @Test
    void aCommitMayNotSpanTwoAggregates() {
        try (StoreFixture fixture = new StoreFixture()) {
            CartellaEventStorageEngine engine = fixture.node();
            List<DomainEventMessage<?>> commit = new ArrayList<>(StoreFixture.events("case-5", 0, 1));
            commit.addAll(StoreFixture.events("case-6", 0, 1));

            assertThatThrownBy(() -> engine.appendEvents(commit)).isInstanceOf(IllegalArgumentException.class);
            assertThat(engine.readEvents(null, false)).isEmpty();
        }
    }

    private static Callable<Throwable> appendAfter(CyclicBarrier start, CartellaEventStorageEngine engine,
                                                   List<DomainEventMessage<?>> events) {
        return () -> {
            start.await();
            try {
                engine.appendEvents(events);
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        };
    }

    private static List<String> ids(List<DomainEventMessage<?>> events) {
        return events.stream().map(DomainEventMessage::getIdentifier).collect(Collectors.toList());
    }

    /** Reads the tracking stream until {@code expected} events arrived, as a polling processor would. */
    static List<TrackedEventMessage<?>> readAll(CartellaEventStorageEngine engine, int expected, Duration patience) {
        List<TrackedEventMessage<?>> read = new ArrayList<>();
        long deadline = System.nanoTime() + patience.toNanos();
        while (read.size() < expected && System.nanoTime() < deadline) {
            var token = read.isEmpty() ? null : read.get(read.size() - 1).trackingToken();
            engine.readEvents(token, false).forEach(read::add);
            if (read.size() < expected) {
                sleep(20);
            }
        }
        return read;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package it.cartella.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Property 5 of the event store: one aggregate's stream in order, snapshots, upcasting. */
class AggregateStreamContractTest {

    /** The first version of an event, as it was stored before its class changed. */
    record CaseNoted(String caseId, int number) {
    }

    /** Turns stored {@link CaseNoted} events into today's {@link StoreFixture.SomethingHappened}. */
    static final class CaseNotedUpcaster extends SingleEventUpcaster {
        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().getName().equals(CaseNoted.class.getName());
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(
                    new SimpleSerializedType(StoreFixture.SomethingHappened.class.getName(), null), JsonNode.class,
                    node -> ((ObjectNode) node).put("note", "recorded before notes existed"));
        }
    }

    @Test
    void anAggregateOfManyCommitsOfMixedSizesIsReadInOrderFromAnySequence() {
        try (StoreFixture fixture = new StoreFixture()) {
            CartellaEventStorageEngine engine = fixture.node();
            long sequence = 0;
            int size = 1;
            while (sequence < 150) {
                engine.appendEvents(StoreFixture.events("long-case", sequence, size));
                engine.appendEvents(StoreFixture.events("other-" + sequence, 0, 1));
                sequence += size;
                size = size % 3 + 1;
            }

            assertThat(sequences(engine, 0)).isEqualTo(LongStream.range(0, sequence).boxed().toList());
            // 100 starts a commit; 101 falls inside one.
            assertThat(sequences(engine, 100)).isEqualTo(LongStream.range(100, sequence).boxed().toList());
            assertThat(sequences(engine, 101)).isEqualTo(LongStream.range(101, sequence).boxed().toList());
            assertThat(engine.lastSequenceNumberFor("long-case")).contains(sequence - 1);
            assertThat(engine.lastSequenceNumberFor("unknown")).isEmpty();
            assertThat(engine.readEvents("unknown").asStream()).isEmpty();
        }
    }

    @Test
    void theLatestSnapshotIsReadFirstAndOnlyTheEventsAfterItAreReplayed() {
        try (StoreFixture fixture = new StoreFixture()) {
            CartellaEventStorageEngine engine = fixture.node();
            engine.appendEvents(StoreFixture.events("snap-case", 0, 10));
            engine.storeSnapshot(snapshot("snap-case", 4, "state at 4"));
            engine.storeSnapshot(snapshot("snap-case", 7, "state at 7"));

            assertThat(engine.readSnapshot("snap-case")).get()
                    .satisfies(s -> assertThat(s.getSequenceNumber()).isEqualTo(7))
                    .satisfies(s -> assertThat(s.getPayload()).isEqualTo("state at 7"));
            EmbeddedEventStore store = StoreFixture.eventStore(engine);
            List<Long> read = store.readEvents("snap-case").asStream()
                    .map(DomainEventMessage::getSequenceNumber).collect(Collectors.toList());
            store.shutDown();
            assertThat(read).containsExactly(7L, 8L, 9L);
        }
    }

    @Test
    void storedEventsOfAnOldShapeAreUpcastWhenRead() {
        try (StoreFixture fixture = new StoreFixture()) {
            CartellaEventStorageEngine writer = fixture.node();
            writer.appendEvents(new GenericDomainEventMessage<>("Case", "old-case", 0, new CaseNoted("old-case", 1)));

            CartellaEventStorageEngine reader = CartellaEventStorageEngine.builder()
                    .database(fixture.database())
                    .eventSerializer(StoreFixture.SERIALIZER)
                    .snapshotSerializer(StoreFixture.SERIALIZER)
                    .upcasterChain(new CaseNotedUpcaster())
                    .build();
            try {
                Object fromAggregate = reader.readEvents("old-case").next().getPayload();
                Object fromTracking = reader.readEvents(null, false).findFirst().orElseThrow().getPayload();

                StoreFixture.SomethingHappened expected =
                        new StoreFixture.SomethingHappened("old-case", 1, "recorded before notes existed");
                assertThat(fromAggregate).isEqualTo(expected);
                assertThat(fromTracking).isEqualTo(expected);
            } finally {
                reader.shutDown();
            }
        }
    }

    @Test
    void tokensAtAnInstantAndAtTheHeadPointWhereExpected() throws InterruptedException {
        try (StoreFixture fixture = new StoreFixture()) {
            CartellaEventStorageEngine engine = fixture.node();
            assertThat(engine.createHeadToken()).isNull();
            engine.appendEvents(StoreFixture.events("early", 0, 3));
            Thread.sleep(20);
            java.time.Instant between = java.time.Instant.now();
            Thread.sleep(20);
            engine.appendEvents(StoreFixture.events("late", 0, 2));

            List<String> afterInstant = new ArrayList<>();
            engine.readEvents(engine.createTokenAt(between), false)
                    .forEach(e -> afterInstant.add(((DomainEventMessage<?>) e).getAggregateIdentifier()));
            assertThat(afterInstant).containsExactly("late", "late");
            assertThat(engine.createTailToken()).isNull();
        }
    }

    @Test
    void aProcessorStoppedInsideACommitResumesWithTheRestOfIt() {
        try (StoreFixture fixture = new StoreFixture()) {
            CartellaEventStorageEngine engine = fixture.node();
            engine.appendEvents(StoreFixture.events("three", 0, 3));
            engine.appendEvents(StoreFixture.events("after", 0, 1));
            var firstOfThree = engine.readEvents(null, false).findFirst().orElseThrow().trackingToken();

            List<String> resumed = new ArrayList<>();
            engine.readEvents(firstOfThree, false).forEach(e -> resumed.add(
                    ((DomainEventMessage<?>) e).getAggregateIdentifier() + "#" + ((DomainEventMessage<?>) e).getSequenceNumber()));

            assertThat(resumed).containsExactly("three#1", "three#2", "after#0");
        }
    }

    private static List<Long> sequences(CartellaEventStorageEngine engine, long from) {
        return engine.readEvents("long-case", from).asStream()
                .map(DomainEventMessage::getSequenceNumber).collect(Collectors.toList());
    }

    private static DomainEventMessage<String> snapshot(String aggregateId, long sequence, String state) {
        return new GenericDomainEventMessage<>("Case", aggregateId, sequence, state);
    }
}

package it.cartella.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import it.cartella.eventstore.axon.MongoInfrastructure;
import it.cartella.eventstore.serialization.CartellaSerialization;
import it.cartella.eventstore.testing.TestMongo;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds engines ("nodes") on one fresh database of the shared test server. */
final class StoreFixture implements AutoCloseable {

    static final Serializer SERIALIZER = CartellaSerialization.serializer();

    /** A small event payload, as a real event record would be. */
    record SomethingHappened(String caseId, int number, String note) {
    }

    final String databaseName = TestMongo.freshDatabaseName();
    private final List<MongoClient> clients = new ArrayList<>();
    private final List<CartellaEventStorageEngine> engines = new ArrayList<>();

    /** An engine with its own MongoClient, as a separate application node would have. */
    CartellaEventStorageEngine node(Duration gapTimeout) {
        MongoClient client = MongoClients.create(TestMongo.connectionString());
        clients.add(client);
        CartellaEventStorageEngine engine = CartellaEventStorageEngine.builder()
                .database(client.getDatabase(databaseName))
                .eventSerializer(SERIALIZER)
                .snapshotSerializer(SERIALIZER)
                .gapTimeout(gapTimeout)
                .batchSize(200)
                .build();
        engines.add(engine);
        return engine;
    }

    CartellaEventStorageEngine node() {
        return node(Duration.ofMillis(500));
    }

    MongoDatabase database() {
        return TestMongo.client().getDatabase(databaseName);
    }

    TokenStore tokenStore() {
        return MongoInfrastructure.tokenStore(TestMongo.client(), databaseName, SERIALIZER);
    }

    static EmbeddedEventStore eventStore(CartellaEventStorageEngine engine) {
        return EmbeddedEventStore.builder().storageEngine(engine).fetchDelay(20).build();
    }

    static TrackingEventProcessor processor(String name, EmbeddedEventStore source, TokenStore tokenStore,
                                            Object... handlers) {
        return TrackingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(handlers).build())
                .messageSource(source)
                .tokenStore(tokenStore)
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing().andBatchSize(100).andEventAvailabilityTimeout(50,
                                java.util.concurrent.TimeUnit.MILLISECONDS)
                        // Axon would start a new processor as a replay of history; these tests want it live.
                        .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                .build();
    }

    /** Events for one aggregate, starting at {@code firstSequence}, stamped by the given node clock. */
    static List<DomainEventMessage<?>> events(String aggregateId, long firstSequence, int count, Clock clock) {
        List<DomainEventMessage<?>> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long sequence = firstSequence + i;
            events.add(new GenericDomainEventMessage<>("Case", aggregateId, sequence,
                    new SomethingHappened(aggregateId, (int) sequence, "note " + sequence), MetaData.emptyInstance(),
                    UUID.randomUUID().toString(), clock.instant()));
        }
        return events;
    }

    static List<DomainEventMessage<?>> events(String aggregateId, long firstSequence, int count) {
        return events(aggregateId, firstSequence, count, Clock.systemUTC());
    }

    @Override
    public void close() {
        engines.forEach(CartellaEventStorageEngine::shutDown);
        clients.forEach(MongoClient::close);
    }
}

package it.cartella.bench;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the engines under test, each on its own database of the same server, with the same serializer. */
final class Engines {

    static final String CARTELLA = "cartella";
    static final String AXON_MONGO = "axon-mongo";

    /**
     * The shortest look-back the stock engine offers that still tolerates the clock differences of one process; its
     * default is 1 s, and a longer look-back only makes every catch-up query return more events to skip.
     */
    static final Duration AXON_MONGO_LOOK_BACK = Duration.ofMillis(100);

    private Engines() {
    }

    static EngineUnderTest build(String name, MongoDatabase database, Serializer serializer, BenchOptions options) {
        return switch (name) {
            case AXON_MONGO -> axonMongo(database, serializer, options);
            default -> throw new IllegalArgumentException("unknown engine " + name);
        };
    }

    /**
     * The baseline, tuned: one document per event (each commit holds one event, so one document per commit would
     * only wrap it in an array), a 100 ms look-back, and large read batches so that both an aggregate load and a
     * catch-up step are one query each; every such query is a full scan on the embedded server.
     */
    private static EngineUnderTest axonMongo(MongoDatabase database, Serializer serializer, BenchOptions options) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                .storageStrategy(new DocumentPerEventStorageStrategy(EventEntryConfiguration.getDefault(),
                        AXON_MONGO_LOOK_BACK))
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .batchSize(options.engineBatchSize())
                .build();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("storage_strategy", "DocumentPerEventStorageStrategy");
        settings.put("look_back_ms", AXON_MONGO_LOOK_BACK.toMillis());
        settings.put("engine_batch_size", options.engineBatchSize());
        return wrap(AXON_MONGO, database, engine, serializer, settings);
    }

    private static EngineUnderTest wrap(String name, MongoDatabase database, EventStorageEngine engine,
                                        Serializer serializer, Map<String, Object> settings) {
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
        TokenStore tokenStore = MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                .serializer(serializer)
                .build();
        return new EngineUnderTest(name, database, engine, eventStore, tokenStore, settings);
    }
}

package it.cartella.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import it.cartella.eventstore.CartellaEventStorageEngine;
import it.cartella.eventstore.DurabilityBarrier;
import it.cartella.eventstore.axon.MongoInfrastructure;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.serialization.Serializer;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the engines under test, each on its own database of the same server, with the same serializer and the
 * same token store.
 */
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

    static EngineUnderTest build(String name, MongoClient client, String database, Serializer serializer,
                                 DurabilityBarrier serverBarrier, BenchOptions options) {
        return switch (name) {
            case CARTELLA -> cartella(client, database, serializer, options);
            case AXON_MONGO -> axonMongo(client, database, serializer, options);
            default -> throw new IllegalArgumentException("unknown engine " + name);
        };
    }

    /**
     * Ours, as the application builds it: appending without a flush (the application's command path waits for one
     * shared flush per command, measured separately by {@link #cartellaWithFlush}), so that both engines are compared
     * under the same durability, and the engine's own read batch size unless {@code --cartella-batch-size} asks for
     * another.
     */
    private static EngineUnderTest cartella(MongoClient client, String database, Serializer serializer,
                                            BenchOptions options) {
        return cartella(client, database, serializer, DurabilityBarrier.NONE,
                "none, as the baseline (the per-command flush is measured separately)", CARTELLA, options);
    }

    /**
     * Ours with the flush the application's command path waits for after every command, here after every append:
     * the server's group commit, so concurrent appends share flushes as concurrent commands do.
     */
    static EngineUnderTest cartellaWithFlush(MongoClient client, String database, Serializer serializer,
                                             DurabilityBarrier serverBarrier, BenchOptions options) {
        return cartella(client, database, serializer, serverBarrier, "group commit after every append",
                CARTELLA + "+flush", options);
    }

    private static EngineUnderTest cartella(MongoClient client, String database, Serializer serializer,
                                            DurabilityBarrier barrier, String barrierSetting, String name,
                                            BenchOptions options) {
        CartellaEventStorageEngine.Builder builder = CartellaEventStorageEngine.builder()
                .database(client.getDatabase(database))
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .durabilityBarrier(barrier);
        if (options.cartellaBatchSize() > 0) {
            builder.batchSize(options.cartellaBatchSize());
        }
        CartellaEventStorageEngine engine = builder.build();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("durability_barrier", barrierSetting);
        settings.put("engine_batch_size", engine.batchSize());
        return wrap(name, client, database, engine, serializer, barrier, settings);
    }

    /**
     * The baseline, tuned: one document per event (each commit holds one event, so one document per commit would
     * only wrap it in an array), a 100 ms look-back, and large read batches (10,000 by default, against the stock
     * 100) so that an aggregate load is one query and a catch-up needs few: every such query is a full scan on the
     * embedded server. It has no durability barrier: it returns once the server has the write in memory.
     */
    private static EngineUnderTest axonMongo(MongoClient client, String database, Serializer serializer,
                                             BenchOptions options) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, database).build())
                .storageStrategy(new DocumentPerEventStorageStrategy(EventEntryConfiguration.getDefault(),
                        AXON_MONGO_LOOK_BACK))
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .batchSize(options.axonMongoBatchSize())
                .build();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("durability_barrier", "none");
        settings.put("storage_strategy", "DocumentPerEventStorageStrategy");
        settings.put("look_back_ms", AXON_MONGO_LOOK_BACK.toMillis());
        settings.put("engine_batch_size", engine.batchSize());
        return wrap(AXON_MONGO, client, database, engine, serializer, DurabilityBarrier.NONE, settings);
    }

    private static EngineUnderTest wrap(String name, MongoClient client, String database, EventStorageEngine engine,
                                        Serializer serializer, DurabilityBarrier barrier,
                                        Map<String, Object> settings) {
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
        return new EngineUnderTest(name, client.getDatabase(database), engine, eventStore,
                MongoInfrastructure.tokenStore(client, database, serializer), barrier, settings);
    }
}

package it.cartella.bench;

import com.mongodb.client.MongoDatabase;
import it.cartella.eventstore.CartellaEventStorageEngine;
import it.cartella.eventstore.DurabilityBarrier;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.Map;

/**
 * One storage engine on its own database, wrapped as the application uses it: in an {@link EmbeddedEventStore}, with
 * a token store in the same database for the tracking processors.
 *
 * @param durabilityBarrier what the engine calls after each append ({@link DurabilityBarrier#NONE} when nothing)
 * @param settings          the engine's tuning, printed in its result line
 */
record EngineUnderTest(
        String name,
        MongoDatabase database,
        EventStorageEngine storageEngine,
        EmbeddedEventStore eventStore,
        TokenStore tokenStore,
        DurabilityBarrier durabilityBarrier,
        Map<String, Object> settings) implements AutoCloseable {

    @Override
    public void close() {
        eventStore.shutDown();
        // Ours gives back its unused positions and stops its releaser thread, which would otherwise go on trying
        // (and warning) once the benchmark has closed the client.
        if (storageEngine instanceof CartellaEventStorageEngine ours) {
            ours.shutDown();
        }
    }
}

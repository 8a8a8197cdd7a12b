package it.cartella.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import it.cartella.eventstore.embedded.EmbeddedMongoServer;

import java.nio.file.Path;

/**
 * A separate process for {@link KillDurabilityTest}: appends events to a persistent embedded store and prints
 * "ACK n" after each append returned, as the application answers a command. It runs until it is killed.
 */
public final class AcknowledgingWriter {

    private AcknowledgingWriter() {
    }

    public static void main(String[] args) {
        EmbeddedMongoServer server = EmbeddedMongoServer.startPersistent(Path.of(args[0]), "127.0.0.1", 0);
        MongoClient client = MongoClients.create(server.connectionString());
        CartellaEventStorageEngine engine = CartellaEventStorageEngine.builder()
                .database(client.getDatabase("cartella"))
                .eventSerializer(StoreFixture.SERIALIZER)
                .snapshotSerializer(StoreFixture.SERIALIZER)
                .durabilityBarrier(server.durabilityBarrier())
                .build();
        long first = engine.lastSequenceNumberFor("durable-case").map(last -> last + 1).orElse(0L);
        for (long n = first; ; n++) {
            engine.appendEvents(StoreFixture.events("durable-case", n, 1));
            System.out.println("ACK " + n);
            System.out.flush();
        }
    }
}

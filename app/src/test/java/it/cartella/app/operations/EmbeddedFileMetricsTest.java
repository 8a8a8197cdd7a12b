package it.cartella.app.operations;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import it.cartella.eventstore.embedded.EmbeddedMongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database's file size, live data and compactions, read from a real server's file. */
class EmbeddedFileMetricsTest {

    @Test
    void theGaugesFollowTheFileOfARunningServer(@TempDir Path dataDir) throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startPersistent(dataDir, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            EmbeddedFileMetrics.register(server::fileUsage, registry);
            for (int i = 0; i < 500; i++) {
                client.getDatabase("cartella").getCollection("notes").insertOne(new Document("_id", i)
                        .append("text", "x".repeat(1_000)));
            }
            server.durabilityBarrier().awaitDurable();

            double size = registry.get("cartella.embedded.file.size").gauge().value();
            double live = registry.get("cartella.embedded.file.live").gauge().value();
            assertThat(size).isEqualTo((double) Files.size(dataDir.resolve(EmbeddedMongoServer.DATA_FILE)));
            assertThat(live).isGreaterThan(500 * 1_000).isLessThanOrEqualTo(size);
            System.gc();
            assertThat(registry.get("cartella.embedded.file.compactions").gauge().value())
                    .as("still read after a garbage collection").isNotNaN().isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void nothingIsRegisteredOnARealMongoDb() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        EmbeddedFileMetrics.register(Optional::empty, registry);

        assertThat(registry.getMeters()).isEmpty();
    }
}

package it.cartella.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import it.cartella.eventstore.embedded.EmbeddedMongoServer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acknowledged append survives {@code kill -9} of the process right after the acknowledgement, on the embedded
 * H2 backend the application uses by default (which would otherwise flush its file only about once a second).
 */
class KillDurabilityTest {

    @Test
    void everyAcknowledgedEventIsThereAfterAKillNineRightAfterTheAcknowledgement(@TempDir Path dataDir)
            throws Exception {
        long lastAcknowledged = -1;
        for (int kill = 0; kill < 3; kill++) {
            long target = lastAcknowledged + 50 + kill * 37L;
            Process writer = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    AcknowledgingWriter.class.getName(), dataDir.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            // The writer restarts the stream where its previous life ended, so acknowledgements continue.
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                        lastAcknowledged = Math.max(lastAcknowledged, Long.parseLong(line.substring(4)));
                        if (lastAcknowledged >= target) {
                            writer.destroyForcibly(); // SIGKILL, right after an acknowledgement
                            break;
                        }
                    }
                }
            }
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(storedSequences(dataDir)).as("after kill %d", kill + 1)
                    .startsWith(0L).hasSizeGreaterThan((int) lastAcknowledged)
                    .doesNotHaveDuplicates().isSorted();
        }
    }

    /** Opens the store the way a restarted application does, and reads the stream. */
    private static List<Long> storedSequences(Path dataDir) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startPersistent(dataDir, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            CartellaEventStorageEngine engine = CartellaEventStorageEngine.builder()
                    .database(client.getDatabase("cartella"))
                    .eventSerializer(StoreFixture.SERIALIZER)
                    .snapshotSerializer(StoreFixture.SERIALIZER)
                    .build();
            try {
                return engine.readEvents("durable-case").asStream()
                        .map(DomainEventMessage::getSequenceNumber).collect(Collectors.toList());
            } finally {
                engine.shutDown();
            }
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

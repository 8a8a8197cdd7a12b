package it.cartella.eventstore.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static it.cartella.eventstore.embedded.ChurningWriter.DELETED_AFTER;
import static it.cartella.eventstore.embedded.ChurningWriter.REPLACED_AFTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code kill -9} while the embedded store compacts its file loses no acknowledged write and leaves every unique
 * index whole: the writer ({@link ChurningWriter}, another process) inserts, replaces and deletes documents with a
 * durability flush after each operation while compaction runs every 100 ms, and is killed right after an
 * acknowledgement once it has reported compactions in that life; then the store is reopened and checked, document by
 * document and through the index, and the writer started again on it.
 */
class CompactionKillTest {

    private static final int KILLS = 4;
    private static final int COMPACTIONS_BEFORE_KILL = 3;

    @Test
    void noAcknowledgedWriteIsLostAndEveryIndexEntryIsRightAfterKillsDuringCompaction(@TempDir Path dataDir)
            throws Exception {
        int lastAcknowledged = -1;
        for (int kill = 0; kill < KILLS; kill++) {
            int target = lastAcknowledged + 150 + kill * 37;
            Process writer = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    ChurningWriter.class.getName(), dataDir.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            long compactions = 0;
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("COMPACTIONS ")) {
                        compactions = Long.parseLong(line.substring(12));
                    } else if (line.startsWith("ACK ")) {
                        lastAcknowledged = Math.max(lastAcknowledged, Integer.parseInt(line.substring(4)));
                        if (lastAcknowledged >= target && compactions >= COMPACTIONS_BEFORE_KILL) {
                            writer.destroyForcibly(); // SIGKILL, right after an acknowledgement
                            break;
                        }
                    }
                }
            }
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(compactions).as("compactions that rewrote something in life %d", kill + 1)
                    .isGreaterThanOrEqualTo(COMPACTIONS_BEFORE_KILL);
            assertStoreHoldsEveryAcknowledgedOperation(dataDir, lastAcknowledged, kill + 1);
        }
    }

    /**
     * Operations up to {@code acknowledged} are whole; the next one may be there in part, or not at all; no later one
     * was started. Each document present is found through the unique index under its key, and each key deleted can be
     * taken again, so the index holds no entry for a document that is gone.
     */
    private static void assertStoreHoldsEveryAcknowledgedOperation(Path dataDir, int acknowledged, int kill) {
        int inFlight = acknowledged + 1;
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startPersistent(dataDir, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> documents = ChurningWriter.documents(client);
            Map<Integer, Document> stored = new HashMap<>();
            for (Document document : documents.find()) {
                stored.put(document.getInteger("key"), document);
            }
            List<String> wrong = new ArrayList<>();
            for (int n = 0; n <= acknowledged; n++) {
                Document document = stored.get(n);
                boolean deleted = n + DELETED_AFTER <= acknowledged;
                boolean maybeDeleted = n + DELETED_AFTER == inFlight;
                if (deleted && document != null) {
                    wrong.add(n + " not deleted");
                } else if (!deleted && !maybeDeleted && document == null) {
                    wrong.add(n + " lost");
                } else if (document != null) {
                    int version = n + REPLACED_AFTER <= acknowledged ? 1
                            : n + REPLACED_AFTER == inFlight ? document.getInteger("version") : 0;
                    if (!document.equals(ChurningWriter.document(n, version))) {
                        wrong.add(n + " not at version " + version);
                    }
                    Document byKey = documents.find(Filters.eq("key", n)).first();
                    if (byKey == null || !byKey.get("_id").equals(document.get("_id"))) {
                        wrong.add(n + " not found through the unique index");
                    }
                }
            }
            stored.keySet().stream().filter(key -> key > inFlight).forEach(key -> wrong.add(key + " never written"));
            assertThat(wrong).as("after kill %d, %d operations acknowledged", kill, acknowledged).isEmpty();
            assertThat(stored).as("after kill %d", kill).isNotEmpty();

            // A key whose document was deleted is free again in the index: take one, then give it back.
            int deletedKey = acknowledged - DELETED_AFTER;
            if (deletedKey >= 0) {
                documents.insertOne(new Document("_id", "probe").append("key", deletedKey));
                documents.deleteOne(Filters.eq("_id", "probe"));
                server.durabilityBarrier().awaitDurable();
            }
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

package it.cartella.eventstore.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database's file stays within a small multiple of its live data however often its documents are
 * replaced, deleted and inserted, with a durability flush after every few writes as commands do: measured about 3x
 * the size of the same documents written once into a new file. Without compaction the same workload left the file
 * at 18x (retention time 0) and 70x (H2's 45 s, as before Cartella compacted).
 */
class FileCompactionTest {

    private static final int DOCUMENTS = 1_000;
    private static final int ROUNDS = 120;
    private static final int WRITES_PER_ROUND = 100;
    private static final int WRITES_PER_FLUSH = 5;

    /**
     * Compaction as by default, except when: the test runs it after every round of writes itself (about as many
     * commits as the committer sees in a second under load), so that how much it does does not depend on how busy the
     * machine is.
     */
    private static final FileCompaction AT_EVERY_ROUND = new FileCompaction(Duration.ofHours(1),
            FileCompaction.DEFAULT.targetFillPercent(), FileCompaction.DEFAULT.rewriteBytes(),
            FileCompaction.DEFAULT.retention());

    @Test
    void theFileStaysWithinFourTimesItsLiveDataUnderReplacesDeletesAndInserts(@TempDir Path dir) throws Exception {
        Path churned = dir.resolve("churned");
        List<Document> live;
        long compactions;
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startPersistent(churned, "127.0.0.1", 0, AT_EVERY_ROUND);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> cases = client.getDatabase("cartella").getCollection("case_view");
            cases.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            Random random = new Random(42);
            for (int i = 0; i < DOCUMENTS; i++) {
                cases.insertOne(caseDocument(i, random));
            }
            int nextKey = DOCUMENTS;
            List<Integer> keys = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                keys.add(i);
            }
            for (int round = 0; round < ROUNDS; round++) {
                for (int write = 0; write < WRITES_PER_ROUND; write++) {
                    int slot = random.nextInt(keys.size());
                    int key = keys.get(slot);
                    if (random.nextInt(10) == 0) {
                        cases.deleteOne(Filters.eq("key", key));
                        keys.set(slot, nextKey);
                        cases.insertOne(caseDocument(nextKey++, random));
                    } else {
                        cases.replaceOne(Filters.eq("key", key), caseDocument(key, random));
                    }
                    if (write % WRITES_PER_FLUSH == 0) {
                        server.durabilityBarrier().awaitDurable();
                    }
                }
                server.compactNow(AT_EVERY_ROUND);
            }
            server.durabilityBarrier().awaitDurable();
            live = cases.find().into(new ArrayList<>());
            assertThat(live).hasSize(DOCUMENTS);
            compactions = server.fileUsage().orElseThrow().compactionRuns();
        }
        long churnedBytes = Files.size(churned.resolve(EmbeddedMongoServer.DATA_FILE));
        long writtenOnceBytes = writtenOnce(dir.resolve("written-once"), live);

        assertThat(churnedBytes).as("the file after %d writes, against the same %d documents written once (%d bytes)",
                        ROUNDS * WRITES_PER_ROUND, DOCUMENTS, writtenOnceBytes)
                .isLessThanOrEqualTo(4 * writtenOnceBytes);
        assertThat(compactions).as("compactions that rewrote something").isPositive();
    }

    /**
     * A file grown before Cartella compacted (no periodic compaction, H2's 45 s retention) is compacted when the server
     * starts, before it accepts connections, down to a small multiple of its data; a small file is left alone.
     */
    @Test
    void aFileGrownLargeBeforeIsCompactedAtStartUp(@TempDir Path dir) throws Exception {
        Path grown = dir.resolve("grown");
        FileCompaction asBefore = new FileCompaction(Duration.ofHours(1), FileCompaction.DEFAULT.targetFillPercent(),
                FileCompaction.DEFAULT.rewriteBytes(), Duration.ofSeconds(45));
        List<Document> live;
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startPersistent(grown, "127.0.0.1", 0, asBefore);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> cases = client.getDatabase("cartella").getCollection("case_view");
            Random random = new Random(7);
            for (int i = 0; i < DOCUMENTS; i++) {
                cases.insertOne(caseDocument(i, random));
            }
            for (int write = 0; Files.size(grown.resolve(EmbeddedMongoServer.DATA_FILE))
                    < 2 * EmbeddedMongoServer.START_COMPACTION_MIN_BYTES; write++) {
                int key = random.nextInt(DOCUMENTS);
                cases.replaceOne(Filters.eq("key", key), caseDocument(key, random));
                if (write % WRITES_PER_FLUSH == 0) {
                    server.durabilityBarrier().awaitDurable();
                }
            }
            server.durabilityBarrier().awaitDurable();
            live = cases.find().into(new ArrayList<>());
        }
        long before = Files.size(grown.resolve(EmbeddedMongoServer.DATA_FILE));

        try (EmbeddedMongoServer server = EmbeddedMongoServer.startPersistent(grown, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            long atStart = Files.size(grown.resolve(EmbeddedMongoServer.DATA_FILE));
            assertThat(atStart).as("the file when the server accepts connections, %d bytes before", before)
                    .isLessThanOrEqualTo(before / 2);
            assertThat(client.getDatabase("cartella").getCollection("case_view").find().into(new ArrayList<>()))
                    .containsExactlyInAnyOrderElementsOf(live);
        }
    }

    /**
     * A store too large to rewrite within the start-up's limit is not compacted at start-up at all: at 1,000,000 events
     * (2.95 GB live) the limit was spent freeing nothing. The pace is a first run's.
     */
    @Test
    void theStartUpCompactsOnlyWhatItCanFinish() {
        long firstRun = Duration.ofMillis(300).toNanos();
        assertThat(EmbeddedMongoServer.fitsTheStart(firstRun, 2_950L * 1024 * 1024)).isFalse();
        assertThat(EmbeddedMongoServer.fitsTheStart(firstRun, 40L * 1024 * 1024)).isTrue();
        assertThat(EmbeddedMongoServer.fitsTheStart(firstRun, 1024 * 1024)).as("under one run's worth").isTrue();
        assertThat(EmbeddedMongoServer.fitsTheStart(Duration.ofSeconds(11).toNanos(), 1024 * 1024)).isFalse();
    }

    /** The size of a file holding only {@code documents}, with the same index, written in one go. */
    private static long writtenOnce(Path dataDir, List<Document> documents) throws Exception {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startPersistent(dataDir, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> cases = client.getDatabase("cartella").getCollection("case_view");
            cases.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            cases.insertMany(documents);
            server.durabilityBarrier().awaitDurable();
        }
        return Files.size(dataDir.resolve(EmbeddedMongoServer.DATA_FILE));
    }

    /** A read-model document of 500-2,500 bytes, its size changing at each replacement as a case file's does. */
    private static Document caseDocument(int key, Random random) {
        byte[] notes = new byte[500 + random.nextInt(2_000)];
        for (int i = 0; i < notes.length; i++) {
            notes[i] = (byte) ('a' + random.nextInt(26));
        }
        return new Document("_id", "case-" + key).append("key", key).append("status", "OPEN")
                .append("notes", new String(notes, java.nio.charset.StandardCharsets.US_ASCII));
    }
}

package it.cartella.eventstore.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

/**
 * A separate process for {@link CompactionKillTest}: on a persistent embedded store compacting far more eagerly than
 * by default, runs operation after operation, each inserting one document, replacing an older one and deleting an
 * older one still, then waiting for the durability flush and printing "ACK n"; it prints "COMPACTIONS c" whenever the
 * count of compactions that rewrote something has grown. It runs until it is killed, and resumes where its last life
 * ended: it runs again the operation of the highest document present, which may have been cut short.
 */
public final class ChurningWriter {

    /** Operation n replaces the document inserted by operation n - REPLACED_AFTER... */
    static final int REPLACED_AFTER = 50;
    /** ...and deletes the one inserted by operation n - DELETED_AFTER. */
    static final int DELETED_AFTER = 200;

    /** Every 100 ms, any chunk less than 90% live, right away: compaction runs between nearly every few operations. */
    static final FileCompaction EAGER = new FileCompaction(Duration.ofMillis(100), 90, 1024 * 1024, Duration.ZERO);

    private ChurningWriter() {
    }

    public static void main(String[] args) {
        EmbeddedMongoServer server = EmbeddedMongoServer.startPersistent(Path.of(args[0]), "127.0.0.1", 0, EAGER);
        MongoClient client = MongoClients.create(server.connectionString());
        MongoCollection<Document> documents = documents(client);
        documents.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
        Document highest = documents.find().sort(Sorts.descending("key")).first();
        long compactions = 0;
        for (int n = highest == null ? 0 : highest.getInteger("key"); ; n++) {
            documents.replaceOne(Filters.eq("_id", id(n)), document(n, 0), new ReplaceOptions().upsert(true));
            if (n >= REPLACED_AFTER) {
                documents.replaceOne(Filters.eq("key", n - REPLACED_AFTER), document(n - REPLACED_AFTER, 1));
            }
            if (n >= DELETED_AFTER) {
                documents.deleteOne(Filters.eq("key", n - DELETED_AFTER));
            }
            server.durabilityBarrier().awaitDurable();
            System.out.println("ACK " + n);
            long now = server.fileUsage().orElseThrow().compactionRuns();
            if (now > compactions) {
                compactions = now;
                System.out.println("COMPACTIONS " + compactions);
            }
            System.out.flush();
        }
    }

    static MongoCollection<Document> documents(MongoClient client) {
        return client.getDatabase("churn").getCollection("documents");
    }

    static String id(int n) {
        return "document-" + n;
    }

    /** The document of operation n at a version: its size (200-3,000 bytes) depends only on both. */
    static Document document(int n, int version) {
        Random random = new Random(31L * n + version);
        byte[] text = new byte[200 + random.nextInt(2_800)];
        for (int i = 0; i < text.length; i++) {
            text[i] = (byte) ('a' + random.nextInt(26));
        }
        return new Document("_id", id(n)).append("key", n).append("version", version)
                .append("text", new String(text, StandardCharsets.US_ASCII));
    }
}

package it.cartella.bench;

import ch.qos.logback.classic.Level;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import it.cartella.eventstore.CartellaEventStorageEngine;
import it.cartella.eventstore.embedded.EmbeddedMongoServer;
import it.cartella.eventstore.embedded.FileCompaction;
import it.cartella.eventstore.embedded.FileUsage;
import it.cartella.eventstore.serialization.CartellaSerialization;
import org.bson.Document;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How big the embedded database's file grows against its live data under the write mix of the application: event
 * commits, each followed by the command's durability flush, and the projection's update of the case's read-model
 * document and of its token, from several threads at once. Prints the file size and H2's estimate of the live data as
 * it goes, then the size of the same live documents written once into a fresh file.
 *
 * <p>{@code java -cp bench/target/bench.jar it.cartella.bench.FileGrowth [events] [threads] [on|off]
 * [every-ms target-percent rewrite-bytes retention-ms]}; {@code off} is the store as before Cartella compacted it (no
 * periodic compaction, H2's 45 s retention time), the last four try another policy (see bench/README.md).
 */
public final class FileGrowth {

    private static final int EVENTS_PER_CASE = 20;
    /** A case file's read model keeps the last events' summaries, so it grows and shrinks as a real one does. */
    private static final int SUMMARIES_KEPT = 12;
    /** No run in the year, and were one to run, a 1% target would leave it nothing to do. */
    private static final FileCompaction OFF =
            new FileCompaction(Duration.ofDays(365), 1, 1, Duration.ofSeconds(45));

    private FileGrowth() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        boolean compacting = args.length < 3 || !args[2].equals("off");
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(EmbeddedMongoServer.class)).setLevel(Level.DEBUG);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.mongodb")).setLevel(Level.WARN);
        Path dir = Files.createTempDirectory("cartella-file-growth-");
        FileCompaction compaction = !compacting ? OFF : args.length > 3
                ? new FileCompaction(Duration.ofMillis(Long.parseLong(args[3])), Integer.parseInt(args[4]),
                        Integer.parseInt(args[5]), Duration.ofMillis(Long.parseLong(args[6])))
                : FileCompaction.DEFAULT;
        Progress.log("%,d events, %d threads, compaction %s, in %s", events, threads, compaction, dir);
        try {
            run(dir, events, threads, compaction);
        } finally {
            EventStoreBenchmark.deleteRecursively(dir);
        }
    }

    private static void run(Path dir, int events, int threads, FileCompaction compaction) throws Exception {
        boolean compacting = compaction != OFF;
        List<Document> live;
        long started = System.nanoTime();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startPersistent(dir.resolve("churned"), "127.0.0.1", 0,
                compaction);
             MongoClient client = MongoClients.create(server.connectionString())) {
            Workload workload = new Workload(EVENTS_PER_CASE, 7);
            CartellaEventStorageEngine engine = CartellaEventStorageEngine.builder()
                    .database(client.getDatabase("cartella"))
                    .eventSerializer(CartellaSerialization.serializer())
                    .snapshotSerializer(CartellaSerialization.serializer())
                    .durabilityBarrier(server.durabilityBarrier())
                    .build();
            MongoCollection<Document> caseView = client.getDatabase("cartella").getCollection("case_view");
            MongoCollection<Document> tokens = client.getDatabase("cartella").getCollection("token_entry");
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                int thread = t;
                pool.submit(() -> {
                    int n;
                    while ((n = next.getAndIncrement()) < events) {
                        // Cases advance in step, a few at a time, as the people followed come back.
                        int aggregate = n % (events / EVENTS_PER_CASE);
                        int sequence = n / (events / EVENTS_PER_CASE);
                        engine.appendEvents(List.of(workload.event(aggregate, sequence)));
                        caseView.replaceOne(Filters.eq("_id", workload.aggregateId(aggregate)),
                                caseView(workload, aggregate, sequence), new ReplaceOptions().upsert(true));
                        tokens.updateOne(Filters.eq("_id", "case-view-" + thread), Updates.set("position", n),
                                new UpdateOptions().upsert(true));
                        if ((n + 1) % 2_000 == 0) {
                            Progress.log("%,d events in %.0f s: %s", n + 1,
                                    (System.nanoTime() - started) / 1e9, server.fileUsage().orElseThrow());
                        }
                    }
                    return null;
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(2, TimeUnit.HOURS)) {
                throw new IllegalStateException("the writers did not finish");
            }
            server.durabilityBarrier().awaitDurable();
            FileUsage end = server.fileUsage().orElseThrow();
            Progress.log("end, %.0f s: %s", (System.nanoTime() - started) / 1e9, end);
            live = new ArrayList<>();
            for (String name : client.getDatabase("cartella").listCollectionNames()) {
                client.getDatabase("cartella").getCollection(name).find().into(live);
            }
        }
        long churned = Files.size(dir.resolve("churned").resolve(EmbeddedMongoServer.DATA_FILE));
        long reopened = reopenedSize(dir.resolve("churned"));
        long once = writtenOnce(dir.resolve("once"), live);
        System.out.printf("RESULT {\"events\":%d,\"threads\":%d,\"compaction\":%b,\"file_bytes\":%d,"
                        + "\"file_bytes_after_restart\":%d,\"written_once_bytes\":%d,\"file_over_written_once\":%.2f}%n",
                events, threads, compacting, churned, reopened, once, (double) churned / once);
    }

    /** The file after one more start and a clean close, as an operator restarting the application would find it. */
    private static long reopenedSize(Path dataDir) throws Exception {
        long started = System.nanoTime();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startPersistent(dataDir, "127.0.0.1", 0)) {
            Progress.log("reopened in %.1f s: %s", (System.nanoTime() - started) / 1e9,
                    server.fileUsage().orElseThrow());
        }
        return Files.size(dataDir.resolve(EmbeddedMongoServer.DATA_FILE));
    }

    /** The same documents (commits, read models, tokens) inserted once into a new file. */
    private static long writtenOnce(Path dataDir, List<Document> documents) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startPersistent(dataDir, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> copy = client.getDatabase("cartella").getCollection("copy");
            for (int i = 0; i < documents.size(); i += 1_000) {
                copy.insertMany(documents.subList(i, Math.min(documents.size(), i + 1_000)).stream()
                        .map(document -> new Document(document).append("_id", new org.bson.types.ObjectId()))
                        .toList());
            }
            server.durabilityBarrier().awaitDurable();
        }
        try {
            return Files.size(dataDir.resolve(EmbeddedMongoServer.DATA_FILE));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Document caseView(Workload workload, int aggregate, int sequence) {
        List<Document> summaries = new ArrayList<>();
        for (int s = Math.max(0, sequence - SUMMARIES_KEPT + 1); s <= sequence; s++) {
            CaseRecorded event = workload.payload(aggregate, s);
            summaries.add(new Document("sequence", s).append("service", event.serviceCode())
                    .append("reason", event.reason()).append("operator", event.openedBy()));
        }
        return new Document("_id", workload.aggregateId(aggregate)).append("version", sequence)
                .append("events", summaries);
    }
}

package it.cartella.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import it.cartella.eventstore.testing.TestMongo;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writer that combines concurrent commits into one {@code insertMany}: every caller learns its own commit's
 * outcome, whatever group it was written in, and a failure of the whole group reaches every caller in it instead of
 * leaving some waiting or telling them their commit was stored.
 */
class CommitWriterTest {

    private static final int WRITERS = 8;

    @Test
    void eightWritersAtOnceEachLearnTheirOwnOutcome() throws Exception {
        MongoDatabase database = TestMongo.freshDatabase();
        CommitWriter writer = writer(database, new GlobalPositions(database.getCollection("counters")));
        List<Object> outcomes = writeFromEightThreads(writer, 150, true);

        long conflicts = outcomes.stream().filter(AggregateStreamCreationException.class::isInstance).count();
        long stored = outcomes.stream().filter("stored"::equals).count();
        assertThat(conflicts).as("the second writer of each shared aggregate sequence").isEqualTo(150);
        assertThat(stored).isEqualTo(WRITERS * 150L - 150);
        assertThat(database.getCollection("commits").countDocuments(Filters.not(Filters.size(CommitDocument.EVENTS, 0))))
                .as("commits stored with events").isEqualTo(stored);
    }

    @Test
    void whenTheGroupCannotBeWrittenEveryWriterInItIsToldAndNoneWaitsForever() throws Exception {
        MongoDatabase database = TestMongo.freshDatabase();
        MongoClient counterClient = MongoClients.create(TestMongo.connectionString());
        GlobalPositions unreachable = new GlobalPositions(
                counterClient.getDatabase(database.getName()).getCollection("counters"));
        counterClient.close();
        CommitWriter writer = writer(database, unreachable);

        List<Object> outcomes = writeFromEightThreads(writer, 20, false);

        assertThat(outcomes).hasSize(WRITERS * 20).allSatisfy(outcome ->
                assertThat(outcome).isInstanceOf(EventStoreException.class));
        assertThat(database.getCollection("commits").countDocuments()).isZero();
    }

    private static CommitWriter writer(MongoDatabase database, GlobalPositions counter) {
        MongoCollection<Document> commits = database.getCollection("commits");
        commits.createIndex(Indexes.ascending(CommitDocument.POSITIONS),
                new IndexOptions().unique(true));
        commits.createIndex(Indexes.ascending(CommitDocument.KEY),
                new IndexOptions().unique(true));
        GapResolver gaps = new GapResolver(commits, Duration.ofSeconds(3));
        PositionBlock block = new PositionBlock(counter, commits, gaps, 64, Duration.ofMillis(20).toNanos(),
                Duration.ofMillis(200).toNanos());
        return new CommitWriter(commits, block, gaps, DurabilityBarrier.NONE);
    }

    /**
     * Each thread writes its own aggregates; with {@code clash}, threads 0 and 1 also both write the same sequence
     * of shared aggregates (one of each pair must lose). Returns "stored" or the exception, per commit.
     */
    private static List<Object> writeFromEightThreads(CommitWriter writer, int commitsEach, boolean clash)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Object>>> results = new ArrayList<>();
            for (int t = 0; t < WRITERS; t++) {
                int thread = t;
                results.add(threads.submit(() -> {
                    start.await();
                    List<Object> outcomes = new ArrayList<>();
                    for (int i = 0; i < commitsEach; i++) {
                        String aggregate = clash && thread < 2 ? "shared-" + i : "own-" + thread + "-" + i;
                        try {
                            writer.write(CommitDocument.Draft.of(StoreFixture.events(aggregate, 0, 1),
                                    StoreFixture.SERIALIZER));
                            outcomes.add("stored");
                        } catch (RuntimeException e) {
                            outcomes.add(e);
                        }
                    }
                    return outcomes;
                }));
            }
            start.countDown();
            List<Object> all = new ArrayList<>();
            for (Future<List<Object>> result : results) {
                all.addAll(result.get(60, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            threads.shutdownNow();
        }
    }
}

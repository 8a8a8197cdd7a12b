package it.cartella.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's block of positions follows the rate of commits: at the pace of people (commits tens of milliseconds
 * apart) each commit gets the next position and nothing is voided; under a burst, blocks grow, one reservation
 * serves many commits, and positions voided stay a small share of those given out.
 */
class PositionBlockTest {

    @Test
    void commitsAtThePaceOfPeopleFillEveryPositionTheyReserve() throws Exception {
        try (StoreFixture store = new StoreFixture()) {
            CartellaEventStorageEngine engine = store.node();
            for (int i = 0; i < 12; i++) {
                engine.appendEvents(StoreFixture.events("paced-" + i, 0, 1));
                Thread.sleep(45);
            }
            Thread.sleep(100);

            assertThat(voidedPositions(store)).as("positions voided").isZero();
            assertThat(positionsGivenOut(store)).isEqualTo(12);
        }
    }

    @Test
    void aBurstOfCommitsSharesReservationsAndVoidsLittle() throws Exception {
        try (StoreFixture store = new StoreFixture()) {
            CartellaEventStorageEngine engine = store.node();
            ExecutorService writers = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    int writer = w;
                    done.add(writers.submit(() -> {
                        for (int i = 0; i < 500; i++) {
                            engine.appendEvents(StoreFixture.events("burst-" + writer + "-" + i, 0, 1));
                        }
                    }));
                }
                for (Future<?> writer : done) {
                    writer.get();
                }
            } finally {
                writers.shutdownNow();
            }
            Thread.sleep(Duration.ofMillis(300).toMillis());

            long given = positionsGivenOut(store);
            assertThat(given - voidedPositions(store)).as("positions filled").isEqualTo(2_000);
            assertThat(voidedPositions(store)).as("voided, of " + given).isLessThan(given / 4);
        }
    }

    private static long positionsGivenOut(StoreFixture store) {
        Document counter = store.database().getCollection(CartellaEventStorageEngine.COUNTERS)
                .find(Filters.eq("_id", "events")).first();
        return counter.getLong("next");
    }

    private static long voidedPositions(StoreFixture store) {
        long voided = 0;
        MongoCollection<Document> commits = store.database().getCollection(CartellaEventStorageEngine.COMMITS);
        for (Document commit : commits.find(Filters.size(CommitDocument.EVENTS, 0))) {
            voided += CommitDocument.size(commit);
        }
        return voided;
    }

    @Test
    void theBlockGrowsUnderABurstAndShrinksWhenLeftIdle() throws Exception {
        try (StoreFixture store = new StoreFixture()) {
            MongoCollection<Document> commits = store.database().getCollection(CartellaEventStorageEngine.COMMITS);
            PositionBlock block = new PositionBlock(
                    new GlobalPositions(store.database().getCollection(CartellaEventStorageEngine.COUNTERS)), commits,
                    new GapResolver(commits, Duration.ofMillis(500)), 64, Duration.ofMillis(20).toNanos(),
                    Duration.ofMillis(200).toNanos());
            assertThat(block.nextBlockSize()).isEqualTo(1);

            long previous = -1;
            for (int i = 0; i < 300; i++) {
                long position = block.take(1);
                assertThat(position).as("consecutive while nothing is released").isEqualTo(previous + 1);
                previous = position;
            }
            assertThat(block.nextBlockSize()).as("grown to the configured size").isEqualTo(64);
            assertThat(positionsGivenOut(store) - 300).as("reserved ahead").isLessThan(64);

            Thread.sleep(30);
            block.releaseIfIdleOrOld();
            assertThat(block.nextBlockSize()).as("shrunk").isBetween(1, 32);
            assertThat(voidedPositions(store)).isEqualTo(positionsGivenOut(store) - 300);

            // Paced again: each block of one is used up but not needed again within the idle limit, so no growth.
            for (int i = 0; i < 5; i++) {
                Thread.sleep(30);
                block.releaseIfIdleOrOld();
                block.take(1);
            }
            assertThat(block.nextBlockSize()).isEqualTo(1);
        }
    }
}

package it.cartella.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * The one MongoDB counter all nodes draw global positions from, so the order does not depend on any node's clock.
 * A reserved position is either filled by a commit or voided; it is never reused.
 *
 * <p>The counter document is created when the engine starts: mongo-java-server serializes {@code findAndModify} per
 * collection object, but two threads creating a collection at once can each get their own object, and increments
 * were then measured to hand out the same value twice. Even so, no event could be lost: two writers given one position
 * cannot both store a commit there (the unique index on positions), and the loser retries on a fresh block.
 */
final class GlobalPositions {

    private static final String COUNTER_ID = "events";
    private static final String NEXT = "next";

    private final MongoCollection<Document> counters;

    GlobalPositions(MongoCollection<Document> counters) {
        this.counters = counters;
        counters.updateOne(Filters.eq("_id", COUNTER_ID), Updates.setOnInsert(NEXT, 0L), new UpdateOptions().upsert(true));
    }

    /** Reserves {@code count} consecutive positions and returns the first. */
    long reserve(long count) {
        Document counter = counters.findOneAndUpdate(Filters.eq("_id", COUNTER_ID), Updates.inc(NEXT, count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return counter.getLong(NEXT) - count;
    }

    /** The highest position reserved so far, or -1 when the store is empty. */
    long highestReserved() {
        Document counter = counters.find(Filters.eq("_id", COUNTER_ID)).first();
        return counter == null ? -1 : counter.getLong(NEXT) - 1;
    }
}

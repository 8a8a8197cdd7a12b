package it.cartella.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * The one MongoDB counter all nodes draw global positions from, so the order does not depend on any node's clock.
 * A reserved position is either filled by a commit or voided; it is never reused.
 *
 * <p>Correctness does not rest on the increment being atomic: the embedded mongo-java-server was measured to hand
 * out the same value twice under concurrent {@code $inc} (231 duplicates in 8,000). Two writers given one position
 * cannot both store a commit there (the unique index on positions); the loser takes a fresh block and retries. The
 * counter never goes backwards, so every stored position stays at or below it and readers find it.
 */
final class GlobalPositions {

    private static final String COUNTER_ID = "events";
    private static final String NEXT = "next";

    private final MongoCollection<Document> counters;

    GlobalPositions(MongoCollection<Document> counters) {
        this.counters = counters;
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

package it.cartella.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides the fate of positions that were reserved but hold no commit yet (gaps).
 *
 * <p>Readers deliver events strictly in position order and stop at the first gap, so no event is ever delivered
 * out of order or skipped. A gap normally closes within milliseconds, when its writer's insert lands. If it stays
 * open longer than the timeout (its writer crashed, or lost a concurrency conflict), the reader inserts a "void"
 * commit at that position. The unique index on the position makes the race safe: either the real commit or the
 * void wins. A writer that loses to a void simply reserves a new position and retries, so its events are still
 * stored, and read, later. Timing uses this JVM's monotonic clock only, so skewed node clocks do not matter.
 */
final class GapResolver {

    private final MongoCollection<Document> commits;
    private final long timeoutNanos;
    private final Map<Long, Long> firstSeenNanos = new ConcurrentHashMap<>();

    GapResolver(MongoCollection<Document> commits, Duration timeout) {
        this.commits = commits;
        this.timeoutNanos = timeout.toNanos();
    }

    /** Notes that {@code position} is still empty; voids it once it has stayed empty past the timeout. */
    void stillEmpty(long position) {
        long now = System.nanoTime();
        long firstSeen = firstSeenNanos.computeIfAbsent(position, p -> now);
        if (now - firstSeen >= timeoutNanos) {
            voidPosition(position);
            firstSeenNanos.remove(position);
        }
    }

    void filled(long position) {
        if (!firstSeenNanos.isEmpty()) {
            firstSeenNanos.remove(position);
        }
    }

    /** Gives up positions: true when this call voided it, false when a commit (or another void) holds it. */
    boolean voidPosition(long position) {
        try {
            commits.insertOne(CommitDocument.voided(position));
            return true;
        } catch (MongoWriteException e) {
            if (isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    static boolean isDuplicateKey(MongoWriteException e) {
        return e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
}

package it.cartella.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Writes commits, combining those that arrive together into one {@code insertMany} and one durability flush
 * (flat combining: whichever waiting thread holds the lock writes everybody's pending commits). One thread pays one
 * round trip per command; eight threads share theirs.
 */
final class CommitWriter {

    private static final int MAX_ATTEMPTS = 10;

    private final MongoCollection<Document> commits;
    private final PositionBlock positions;
    private final GapResolver gaps;
    private final DurabilityBarrier durabilityBarrier;
    private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final Object writeLock = new Object();

    CommitWriter(MongoCollection<Document> commits, PositionBlock positions, GapResolver gaps,
                 DurabilityBarrier durabilityBarrier) {
        this.commits = commits;
        this.positions = positions;
        this.gaps = gaps;
        this.durabilityBarrier = durabilityBarrier;
    }

    /** Stores the commit durably, or throws; on a concurrency conflict nothing of it is stored. */
    void write(CommitDocument.Draft draft) {
        Pending mine = new Pending(draft);
        pending.add(mine);
        synchronized (writeLock) {
            if (!mine.done) {
                writeAllPending();
            }
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    private void writeAllPending() {
        List<Pending> group = new ArrayList<>();
        for (Pending next = pending.poll(); next != null; next = pending.poll()) {
            group.add(next);
        }
        List<Pending> unwritten = group;
        for (int attempt = 0; attempt < MAX_ATTEMPTS && !unwritten.isEmpty(); attempt++) {
            unwritten = insert(unwritten);
        }
        unwritten.forEach(p -> p.failure = new EventStoreException("Could not find a free position for " + p.describe()));
        try {
            durabilityBarrier.awaitDurable();
        } catch (RuntimeException e) {
            group.stream().filter(p -> p.failure == null)
                    .forEach(p -> p.failure = new EventStoreException("Could not make " + p.describe() + " durable", e));
        }
        group.forEach(p -> p.done = true);
    }

    /** Inserts the commits at fresh positions; returns those that lost their position to a reader and must retry. */
    private List<Pending> insert(List<Pending> group) {
        List<Document> documents = new ArrayList<>(group.size());
        for (Pending p : group) {
            p.position = positions.take(p.draft.size());
            documents.add(p.draft.at(p.position));
        }
        try {
            commits.insertMany(documents, new InsertManyOptions().ordered(false));
            return List.of();
        } catch (MongoBulkWriteException e) {
            List<Pending> retry = new ArrayList<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                Pending failed = group.get(error.getIndex());
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    failed.failure = new EventStoreException("Could not store " + failed.describe()
                            + ": " + error.getMessage(), e);
                    continue;
                }
                // Free the positions at once instead of letting readers wait for the gap timeout.
                for (long p = failed.position; p < failed.position + failed.draft.size(); p++) {
                    gaps.voidPosition(p);
                }
                if (isTakenByAnotherCommand(failed)) {
                    String message = "Another command changed " + failed.describe() + " first";
                    failed.failure = failed.draft.firstSequence() == 0
                            ? new AggregateStreamCreationException(message, e)
                            : new ConcurrencyException(message, e);
                } else {
                    // A reader voided the position while this node was slow: the commit goes to new positions.
                    retry.add(failed);
                }
            }
            if (!retry.isEmpty()) {
                // Readers void a stalled node's positions one after another: the rest of this block is lost too.
                positions.releaseRemainder();
            }
            return retry;
        } catch (MongoException e) {
            group.forEach(p -> p.failure = new EventStoreException("Could not store " + p.describe(), e));
            return List.of();
        }
    }

    private boolean isTakenByAnotherCommand(Pending failed) {
        return failed.draft.isDomain()
                && commits.find(Filters.eq(CommitDocument.KEY, failed.draft.key(failed.position))).first() != null;
    }

    /** One caller's commit; its fields are written and read under {@code writeLock}. */
    private static final class Pending {
        final CommitDocument.Draft draft;
        long position;
        boolean done;
        RuntimeException failure;

        Pending(CommitDocument.Draft draft) {
            this.draft = draft;
        }

        String describe() {
            return draft.isDomain()
                    ? "aggregate " + draft.aggregateId() + " at sequence " + draft.firstSequence()
                    : "a commit of " + draft.size() + " events";
        }
    }
}

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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Writes commits, combining those that arrive together into one {@code insertMany} and one durability flush
 * (flat combining: a queued thread that finds nobody writing writes everybody's queued commits). One thread pays one
 * round trip per command; eight threads share theirs.
 *
 * <p>A thread whose commit is in a group parks until the writer tells it the outcome, and the writer, when done,
 * wakes whoever heads the queue to write the next group. With a lock instead, every finished thread had to take the
 * lock in turn just to learn it was done, one context switch after another before the next group could start: that
 * left a third of two cores idle under eight appending threads, at half today's rate. (A second group in flight on
 * another connection was tried too: no gain measured, and positions would then be filled out of order.)
 */
final class CommitWriter {

    private static final int MAX_ATTEMPTS = 10;
    private static final long MAX_PARK_NANOS = 1_000_000;

    private final MongoCollection<Document> commits;
    private final PositionBlock positions;
    private final GapResolver gaps;
    private final DurabilityBarrier durabilityBarrier;
    private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();

    CommitWriter(MongoCollection<Document> commits, PositionBlock positions, GapResolver gaps,
                 DurabilityBarrier durabilityBarrier) {
        this.commits = commits;
        this.positions = positions;
        this.gaps = gaps;
        this.durabilityBarrier = durabilityBarrier;
    }

    /** Stores the commit durably, or throws; on a concurrency conflict nothing of it is stored. */
    void write(CommitDocument.Draft draft) {
        Pending mine = new Pending(draft, Thread.currentThread());
        pending.add(mine);
        while (mine.state != Pending.DONE) {
            if (mine.state == Pending.QUEUED && writing.compareAndSet(false, true)) {
                try {
                    writeQueued();
                } finally {
                    writing.set(false);
                }
                wakeNextWriter();
            } else {
                // Woken when its group is written, or when the writer is done and it heads the queue; the time limit
                // only bounds the cost of a wake-up lost to a race nobody has found.
                LockSupport.parkNanos(this, MAX_PARK_NANOS);
            }
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    /** After a group: whoever now heads the queue writes the next one (it parked while this one was written). */
    private void wakeNextWriter() {
        Pending head = pending.peek();
        if (head != null) {
            LockSupport.unpark(head.thread);
        }
    }

    private void writeQueued() {
        List<Pending> group = new ArrayList<>();
        for (Pending next = pending.poll(); next != null; next = pending.poll()) {
            next.state = Pending.TAKEN;
            group.add(next);
        }
        if (group.isEmpty()) {
            return;
        }
        List<Pending> unwritten = group;
        try {
            for (int attempt = 0; attempt < MAX_ATTEMPTS && !unwritten.isEmpty(); attempt++) {
                unwritten = insert(unwritten);
            }
            for (Pending p : unwritten) {
                p.failure = new EventStoreException("Could not find a free position for " + p.describe());
            }
            awaitDurable(group);
        } catch (RuntimeException e) {
            // Say so to everyone not yet stored, rather than leave them waiting or let them believe it was stored.
            for (Pending p : unwritten) {
                if (p.failure == null) {
                    p.failure = new EventStoreException("Could not store " + p.describe(), e);
                }
            }
        } finally {
            for (Pending p : group) {
                p.state = Pending.DONE;
                LockSupport.unpark(p.thread);
            }
        }
    }

    private void awaitDurable(List<Pending> group) {
        try {
            durabilityBarrier.awaitDurable();
        } catch (RuntimeException e) {
            for (Pending p : group) {
                if (p.failure == null) {
                    p.failure = new EventStoreException("Could not make " + p.describe() + " durable", e);
                }
            }
        }
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

    /**
     * One caller's commit. The writer of its group sets {@code position} and {@code failure} before the volatile
     * write of {@code state} = DONE, which the caller reads before them.
     */
    private static final class Pending {
        static final int QUEUED = 0;
        static final int TAKEN = 1;
        static final int DONE = 2;

        final CommitDocument.Draft draft;
        final Thread thread;
        long position;
        RuntimeException failure;
        volatile int state = QUEUED;

        Pending(CommitDocument.Draft draft, Thread thread) {
            this.draft = draft;
            this.thread = thread;
        }

        String describe() {
            return draft.isDomain()
                    ? "aggregate " + draft.aggregateId() + " at sequence " + draft.firstSequence()
                    : "a commit of " + draft.size() + " events";
        }
    }
}

package it.cartella.eventstore;


/**
 * A durability barrier that many threads share: a caller returns once a flush that started after its call has
 * finished, so every write it made before calling is covered. While one flush runs, the callers arriving meanwhile
 * wait and are all covered by the next one: under load, one flush serves many commands instead of one each.
 */
public final class GroupCommit implements DurabilityBarrier {

    private final Runnable flush;
    private final Object lock = new Object();
    /** Flushes started and finished so far; a flush is known by its number. */
    private long started;
    private long finished;
    private boolean flushing;
    /** The failure of the last finished flush, or null when it succeeded. */
    private RuntimeException lastFailure;

    /** @param flush makes every write made before it began durable; it is never run by two threads at once */
    public GroupCommit(Runnable flush) {
        this.flush = flush;
    }

    @Override
    public void awaitDurable() {
        long needed;
        boolean interrupted = false;
        synchronized (lock) {
            // A flush already running may have begun before this caller's writes: only the next one is sure to cover.
            needed = started + 1;
            while (finished < needed && flushing) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (finished >= needed) {
                restoreInterrupt(interrupted);
                throwIfFailed(lastFailure);
                return;
            }
            flushing = true;
            started++;
        }
        RuntimeException failure = null;
        try {
            flush.run();
        } catch (RuntimeException e) {
            failure = e;
        }
        synchronized (lock) {
            finished = started;
            lastFailure = failure;
            flushing = false;
            lock.notifyAll();
        }
        restoreInterrupt(interrupted);
        throwIfFailed(failure);
    }

    private static void throwIfFailed(RuntimeException failure) {
        if (failure != null) {
            throw new IllegalStateException("The durability flush failed: the last writes may not survive a crash",
                    failure);
        }
    }

    private static void restoreInterrupt(boolean interrupted) {
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

package it.cartella.eventstore;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupCommitTest {

    @Test
    void callersArrivingDuringAFlushShareTheNextOneInsteadOfFlushingOnceEach() throws Exception {
        AtomicInteger flushes = new AtomicInteger();
        CountDownLatch firstFlushMayEnd = new CountDownLatch(1);
        GroupCommit commit = new GroupCommit(() -> {
            if (flushes.incrementAndGet() == 1) {
                await(firstFlushMayEnd);
            }
        });
        Thread first = start(commit::awaitDurable);
        waitUntil(() -> flushes.get() == 1);
        List<Thread> later = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            later.add(start(commit::awaitDurable));
        }
        // All seven wait for a flush that begins after their call, not for the one already running.
        waitUntil(() -> later.stream().allMatch(t -> t.getState() == Thread.State.WAITING));
        firstFlushMayEnd.countDown();
        first.join();
        for (Thread thread : later) {
            thread.join();
        }
        assertThat(flushes.get()).isEqualTo(2);
    }

    @Test
    void aCallerIsNotReleasedByAFlushThatBeganBeforeItsCall() throws Exception {
        List<String> events = new ArrayList<>();
        CountDownLatch firstFlushMayEnd = new CountDownLatch(1);
        AtomicInteger flushes = new AtomicInteger();
        GroupCommit commit = new GroupCommit(() -> {
            int n = flushes.incrementAndGet();
            if (n == 1) {
                await(firstFlushMayEnd);
            }
            synchronized (events) {
                events.add("flush " + n + " ended");
            }
        });
        Thread first = start(commit::awaitDurable);
        waitUntil(() -> flushes.get() == 1);
        Thread second = start(() -> {
            commit.awaitDurable();
            synchronized (events) {
                events.add("second released");
            }
        });
        waitUntil(() -> second.getState() == Thread.State.WAITING);
        firstFlushMayEnd.countDown();
        first.join();
        second.join();
        assertThat(events).containsExactly("flush 1 ended", "flush 2 ended", "second released");
    }

    @Test
    void aFailedFlushFailsItsCallersAndTheNextFlushStartsAfresh() {
        AtomicInteger flushes = new AtomicInteger();
        GroupCommit commit = new GroupCommit(() -> {
            if (flushes.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
            }
        });
        assertThatThrownBy(commit::awaitDurable).hasRootCauseMessage("disk full");
        commit.awaitDurable();
        assertThat(flushes.get()).isEqualTo(2);
    }

    private static Thread start(Runnable body) {
        Thread thread = new Thread(body);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for a state the other threads reach; no assertion depends on how long it takes. */
    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s for the threads").isLessThan(deadline);
            Thread.sleep(1);
        }
    }
}

package it.cartella.eventstore.embedded;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the embedded server lets the commit or compaction in progress finish uninterrupted (an interrupt in the
 * middle of the file's I/O closes its channel, and the closing commit then fails), and runs no further one.
 */
class CommitterStopTest {

    @Test
    void theRunningCommitFinishesUninterruptedAndNoOtherStarts() throws Exception {
        ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch running = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        AtomicInteger runs = new AtomicInteger();
        committer.scheduleWithFixedDelay(() -> {
            runs.incrementAndGet();
            running.countDown();
            try {
                Thread.sleep(300);
                finished.set(true);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        }, 0, 1, TimeUnit.MILLISECONDS);
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        EmbeddedMongoServer.stopWithoutInterrupting(committer);

        assertThat(interrupted).isFalse();
        assertThat(finished).isTrue();
        assertThat(committer.isTerminated()).isTrue();
        assertThat(runs).hasValue(1);
    }
}

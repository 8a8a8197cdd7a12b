package it.cartella.bench;

import org.axonframework.eventhandling.DomainEventMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Appends one event per commit, straight to the storage engine, as the event store does when a command's unit of
 * work commits one event.
 */
final class Appender {

    private Appender() {
    }

    /**
     * Appends sequence numbers {@code [firstSequence, endSequence)} of aggregates {@code [firstAggregate,
     * endAggregate)} from {@code threads} threads. Each aggregate belongs to one thread (as each is written by one
     * command at a time), and each thread visits its aggregates in turn, so every aggregate's stream is spread over
     * the whole store.
     */
    static Timing append(EngineUnderTest engine, Workload workload, int firstAggregate, int endAggregate,
                         int firstSequence, int endSequence, int threads) throws InterruptedException {
        List<List<DomainEventMessage<CaseRecorded>>> perThread = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            List<DomainEventMessage<CaseRecorded>> events = new ArrayList<>();
            for (int sequence = firstSequence; sequence < endSequence; sequence++) {
                for (int aggregate = firstAggregate + thread; aggregate < endAggregate; aggregate += threads) {
                    events.add(workload.event(aggregate, sequence));
                }
            }
            perThread.add(events);
        }
        long total = perThread.stream().mapToLong(List::size).sum();
        AtomicLong appended = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Progress.Ticker ticker = Progress.ticker(() -> appended.get() + " of " + total + " appended")) {
            List<Future<?>> futures = new ArrayList<>();
            for (List<DomainEventMessage<CaseRecorded>> events : perThread) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (DomainEventMessage<CaseRecorded> event : events) {
                        engine.storageEngine().appendEvents(List.of(event));
                        appended.incrementAndGet();
                    }
                    return null;
                }));
            }
            long begin = System.nanoTime();
            start.countDown();
            for (Future<?> future : futures) {
                future.get();
            }
            return new Timing(total, System.nanoTime() - begin);
        } catch (ExecutionException e) {
            throw new IllegalStateException(engine.name() + ": append failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}

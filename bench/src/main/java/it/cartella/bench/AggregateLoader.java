package it.cartella.bench;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Times aggregate loads as the repository does them: the whole stream read through the event store (snapshot
 * look-up included) and every payload deserialized.
 */
final class AggregateLoader {

    record Latencies(double p50Ms, double p99Ms, double maxMs, int samples) {
    }

    private AggregateLoader() {
    }

    /**
     * Loads {@code samples} random aggregates, or as many as fit in {@code limitSeconds}: a full scan per load makes
     * the baseline's loads on a large store take seconds each.
     */
    static Latencies load(EngineUnderTest engine, Workload workload, int completeAggregates, int samples,
                          int limitSeconds, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] nanos = new long[samples];
        AtomicInteger done = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(limitSeconds);
        try (Progress.Ticker ticker = Progress.ticker(() -> done.get() + " of " + samples + " aggregates loaded")) {
            loadUntil(deadline, engine, workload, completeAggregates, random, nanos, done);
        }
        long[] taken = Arrays.copyOf(nanos, done.get());
        Arrays.sort(taken);
        return new Latencies(percentileMs(taken, 50), percentileMs(taken, 99), taken[taken.length - 1] / 1e6,
                taken.length);
    }

    private static void loadUntil(long deadline, EngineUnderTest engine, Workload workload, int completeAggregates,
                                  SplittableRandom random, long[] nanos, AtomicInteger done) {
        for (int i = 0; i < nanos.length && (i == 0 || System.nanoTime() < deadline); i++) {
            String aggregateId = workload.aggregateId(random.nextInt(completeAggregates));
            long begin = System.nanoTime();
            DomainEventStream stream = engine.eventStore().readEvents(aggregateId);
            int events = 0;
            while (stream.hasNext()) {
                stream.next().getPayload();
                events++;
            }
            nanos[i] = System.nanoTime() - begin;
            if (events != workload.eventsPerAggregate()) {
                throw new IllegalStateException(engine.name() + ": aggregate " + aggregateId + " loaded " + events
                        + " events instead of " + workload.eventsPerAggregate());
            }
            done.incrementAndGet();
        }
    }

    /** Nearest-rank percentile of sorted samples. */
    private static double percentileMs(long[] sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }
}

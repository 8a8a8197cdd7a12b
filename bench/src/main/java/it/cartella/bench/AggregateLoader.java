package it.cartella.bench;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Times aggregate loads as the repository does them: the whole stream read through the event store (snapshot
 * look-up included) and every payload deserialized.
 */
final class AggregateLoader {

    record Latencies(double p50Ms, double p99Ms, double maxMs, int samples) {
    }

    private AggregateLoader() {
    }

    static Latencies load(EngineUnderTest engine, Workload workload, int completeAggregates, int samples,
                          long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
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
        }
        Arrays.sort(nanos);
        return new Latencies(percentileMs(nanos, 50), percentileMs(nanos, 99), nanos[samples - 1] / 1e6, samples);
    }

    /** Nearest-rank percentile of sorted samples. */
    private static double percentileMs(long[] sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }
}

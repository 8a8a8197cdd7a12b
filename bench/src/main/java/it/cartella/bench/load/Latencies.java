package it.cartella.bench.load;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Latencies per operation kind, in microseconds, and the errors seen; thread-safe, sorted only when reported. */
final class Latencies {

    private final Map<String, Samples> byKind = new ConcurrentHashMap<>();

    void record(String kind, long micros, boolean ok) {
        byKind.computeIfAbsent(kind, k -> new Samples()).add(micros, ok);
    }

    long count(String kind) {
        Samples samples = byKind.get(kind);
        return samples == null ? 0 : samples.size();
    }

    /** kind -> {count, errors, p50_ms, p95_ms, p99_ms, max_ms} */
    Map<String, Map<String, Object>> summary() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        byKind.keySet().stream().sorted().forEach(kind -> out.put(kind, byKind.get(kind).summary()));
        return out;
    }

    static final class Samples {
        private long[] values = new long[1024];
        private int size;
        private int errors;

        synchronized void add(long micros, boolean ok) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = micros;
            if (!ok) {
                errors++;
            }
        }

        synchronized int size() {
            return size;
        }

        synchronized Map<String, Object> summary() {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("count", size);
            out.put("errors", errors);
            out.put("p50_ms", percentile(sorted, 0.50));
            out.put("p95_ms", percentile(sorted, 0.95));
            out.put("p99_ms", percentile(sorted, 0.99));
            out.put("max_ms", sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
            return out;
        }

        /** Nearest-rank percentile, in milliseconds. */
        private static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1000.0;
        }
    }
}

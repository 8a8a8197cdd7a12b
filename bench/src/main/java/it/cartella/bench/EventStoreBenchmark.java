package it.cartella.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import it.cartella.eventstore.DurabilityBarrier;
import it.cartella.eventstore.embedded.EmbeddedMongoServer;
import it.cartella.eventstore.serialization.CartellaSerialization;
import org.axonframework.serialization.Serializer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The event-store benchmark: the same workload against every engine, on one embedded server with its H2 backend
 * in a temporary directory, each engine in its own database, in one process. Phases are interleaved engine by
 * engine (all engines append a segment, then all are measured at that store size, ...) so that both see the
 * server's file in a similar state. Prints one {@code RESULT {json}} line per engine on stdout; progress on stderr.
 */
public final class EventStoreBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BenchOptions options;
    private final MongoClient client;
    private final DurabilityBarrier serverBarrier;
    private final Serializer serializer;
    private final Workload workload;

    private EventStoreBenchmark(BenchOptions options, MongoClient client, DurabilityBarrier serverBarrier,
                                Serializer serializer) {
        this.options = options;
        this.client = client;
        this.serializer = serializer;
        this.serverBarrier = serverBarrier;
        this.workload = new Workload(options.eventsPerAggregate(), options.seed());
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path dataDir = Files.createTempDirectory("cartella-bench-");
        Progress.log("embedded server with H2 backend in %s; options %s", dataDir, options);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startPersistent(dataDir, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            new EventStoreBenchmark(options, client, server.durabilityBarrier(), CartellaSerialization.serializer())
                    .run();
        } finally {
            deleteRecursively(dataDir);
        }
    }

    private void run() throws InterruptedException, JsonProcessingException {
        for (String engine : options.engines()) {
            warmUp(engine);
        }
        List<EngineRun> runs = new ArrayList<>();
        for (String engine : options.engines()) {
            runs.add(new EngineRun(Engines.build(engine, client, databaseName(engine), serializer, serverBarrier,
                    options)));
        }
        try {
            int from = 0;
            for (int size : options.storeSizes()) {
                for (EngineRun run : runs) {
                    appendSegment(run, from, size);
                }
                for (EngineRun run : runs) {
                    measureAt(run, size);
                }
                from = size;
            }
            for (EngineRun run : runs) {
                rawReference(run);
            }
            if (options.engines().contains(Engines.CARTELLA)) {
                appendWithFlush(runs.get(options.engines().indexOf(Engines.CARTELLA)));
            }
        } finally {
            runs.forEach(run -> run.engine.close());
        }
        for (EngineRun run : runs) {
            System.out.println("RESULT " + JSON.writeValueAsString(run.result()));
        }
        if (runs.size() == 2) {
            System.out.println("COMPARISON " + JSON.writeValueAsString(comparison(runs.get(0), runs.get(1))));
        }
    }

    /**
     * Runs every phase once on a throw-away database, so that the timed phases run compiled code: the JIT sees the
     * same code paths (engine, serializer, driver, server) as in the timed runs.
     */
    private void warmUp(String engineName) throws InterruptedException {
        String database = databaseName(engineName) + "_warmup";
        Progress.log("%s: warm-up with %d events", engineName, options.warmUpEvents());
        try (EngineUnderTest engine = Engines.build(engineName, client, database, serializer, serverBarrier,
                options)) {
            EngineRun run = new EngineRun(engine);
            appendSegment(run, 0, options.warmUpEvents());
            AggregateLoader.load(engine, workload, options.warmUpEvents() / options.eventsPerAggregate(),
                    options.loadSamples(), options.loadLimitSeconds(), options.seed());
            CatchUp.run(engine, "warmup", options.warmUpEvents(), options);
            RawInsert.measure(engine, Math.min(options.rawDocs(), options.warmUpEvents()), flushOf(engineName));
        }
        client.getDatabase(database).drop();
    }

    /**
     * Appends the events of store positions {@code [from, to)}: the aggregates whose streams complete there, their
     * first half from one thread, then their second half from {@code --threads} threads.
     */
    private void appendSegment(EngineRun run, int from, int to) throws InterruptedException {
        int perAggregate = options.eventsPerAggregate();
        int firstAggregate = from / perAggregate;
        int endAggregate = to / perAggregate;
        int half = perAggregate / 2;
        System.gc();
        Timing single = Appender.append(run.engine, workload, firstAggregate, endAggregate, 0, half, 1);
        Progress.log("%s: appended %d events from 1 thread in %.1f s: %.0f events/s", run.engine.name(),
                single.count(), single.seconds(), single.perSecond());
        System.gc();
        Timing concurrent = Appender.append(run.engine, workload, firstAggregate, endAggregate, half, perAggregate,
                options.threads());
        Progress.log("%s: appended %d events from %d threads in %.1f s: %.0f events/s", run.engine.name(),
                concurrent.count(), options.threads(), concurrent.seconds(), concurrent.perSecond());
        run.singleThreadAppends = run.singleThreadAppends.plus(single);
        run.concurrentAppends = run.concurrentAppends.plus(concurrent);
    }

    private void measureAt(EngineRun run, int size) throws InterruptedException {
        String name = run.engine.name();
        System.gc();
        AggregateLoader.Latencies loads = AggregateLoader.load(run.engine, workload,
                size / options.eventsPerAggregate(), options.loadSamples(), options.loadLimitSeconds(),
                options.seed() + size);
        Progress.log("%s: %d aggregate loads of %d events at %d events in the store: p50 %.2f ms, p99 %.2f ms, "
                        + "max %.2f ms", name, loads.samples(), options.eventsPerAggregate(), size, loads.p50Ms(),
                loads.p99Ms(), loads.maxMs());
        run.result.put("aggregate_load_ms_p50_at_" + size, round(loads.p50Ms()));
        run.result.put("aggregate_load_ms_p99_at_" + size, round(loads.p99Ms()));
        run.result.put("aggregate_load_ms_max_at_" + size, round(loads.maxMs()));
        run.result.put("aggregate_load_samples_at_" + size, loads.samples());

        System.gc();
        Progress.log("%s: catch-up of a new tracking processor over %d events", name, size);
        CatchUp.Result catchUp = CatchUp.run(run.engine, "at_" + size, size, options);
        Progress.log("%s: catch-up %s %d events in %.1f s: %.0f events/s", name,
                catchUp.complete() ? "read all" : "stopped at the time limit after", catchUp.timing().count(),
                catchUp.timing().seconds(), catchUp.timing().perSecond());
        run.result.put("catchup_events_per_s_at_" + size, Math.round(catchUp.timing().perSecond()));
        run.result.put("catchup_s_at_" + size, round(catchUp.timing().seconds()));
        run.result.put("catchup_measured_at_" + size, catchUp.complete()
                ? "whole store"
                : "first " + catchUp.timing().count() + " events of the " + size + "-event store, stopped at the "
                  + options.catchUpLimitSeconds() + " s limit");
        if (size == options.events()) {
            run.result.put("aggregate_load_ms_p50", round(loads.p50Ms()));
            run.result.put("aggregate_load_ms_p99", round(loads.p99Ms()));
            run.result.put("catchup_events_per_s", Math.round(catchUp.timing().perSecond()));
        }
    }

    private void rawReference(EngineRun run) {
        int documents = Math.min(options.rawDocs(), options.events());
        System.gc();
        RawInsert.Reference reference = RawInsert.measure(run.engine, documents, flushOf(run.engine.name()));
        Progress.log("%s: raw driver reference with %d documents of %d bytes: insertMany %.0f docs/s, "
                        + "insertOne %.0f docs/s", run.engine.name(), documents, reference.documentBytes(),
                reference.insertMany().perSecond(), reference.insertOne().perSecond());
        run.result.put("document_bytes", reference.documentBytes());
        run.result.put("raw_insert_many_docs_per_s", Math.round(reference.insertMany().perSecond()));
        run.result.put("raw_insert_one_docs_per_s", Math.round(reference.insertOne().perSecond()));
        reference.insertOneDurable().ifPresent(durable -> {
            Progress.log("%s: raw insertOne followed by the durability barrier, %d documents: %.0f docs/s",
                    run.engine.name(), durable.count(), durable.perSecond());
            run.result.put("raw_insert_one_with_barrier_docs_per_s", Math.round(durable.perSecond()));
        });
        run.result.put("raw_docs", documents);
    }

    /** The server's flush for ours (its raw reference includes insertOne + flush); nothing for the baseline. */
    private DurabilityBarrier flushOf(String engineName) {
        return engineName.equals(Engines.CARTELLA) ? serverBarrier : DurabilityBarrier.NONE;
    }

    /**
     * Ours' append rate with the flush the application's command path adds to every command (a group commit of the
     * server's file), on a store of its own holding {@code --flush-events} events, from 1 and from 8 threads as the
     * main append phases. Reported beside, never instead of, the rates compared with the baseline.
     */
    private void appendWithFlush(EngineRun ours) throws InterruptedException {
        int events = Math.min(options.flushEvents(), options.events());
        String database = databaseName(Engines.CARTELLA) + "_flush";
        try (EngineUnderTest engine = Engines.cartellaWithFlush(client, database, serializer, serverBarrier,
                options)) {
            EngineRun run = new EngineRun(engine);
            appendSegment(run, 0, events);
            ours.result.put("append_with_flush_events_per_s_1_thread", Math.round(run.singleThreadAppends.perSecond()));
            ours.result.put("append_with_flush_events_per_s_" + options.threads() + "_threads",
                    Math.round(run.concurrentAppends.perSecond()));
            ours.result.put("append_with_flush_events", events);
        }
        client.getDatabase(database).drop();
    }

    private Map<String, Object> comparison(EngineRun ours, EngineRun baseline) {
        Map<String, Object> comparison = new LinkedHashMap<>();
        comparison.put("ours", ours.engine.name());
        comparison.put("baseline", baseline.engine.name());
        comparison.put("append_1_thread_ratio",
                ratio(ours.singleThreadAppends.perSecond(), baseline.singleThreadAppends.perSecond()));
        comparison.put("append_" + options.threads() + "_threads_ratio",
                ratio(ours.concurrentAppends.perSecond(), baseline.concurrentAppends.perSecond()));
        String last = "_at_" + options.events();
        comparison.put("catchup_ratio" + last, ratio(number(ours, "catchup_events_per_s" + last),
                number(baseline, "catchup_events_per_s" + last)));
        if (options.storeSizes().size() == 2) {
            String first = "_at_" + options.checkpoint();
            for (EngineRun run : List.of(ours, baseline)) {
                comparison.put(run.engine.name() + "_catchup_drop" + first + "_to" + last,
                        ratio(number(run, "catchup_events_per_s" + first), number(run, "catchup_events_per_s" + last)));
                comparison.put(run.engine.name() + "_aggregate_load_p99_rise" + first + "_to" + last,
                        ratio(number(run, "aggregate_load_ms_p99" + last), number(run, "aggregate_load_ms_p99" + first)));
            }
        }
        return comparison;
    }

    private static double number(EngineRun run, String key) {
        return ((Number) run.result.get(key)).doubleValue();
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? Double.NaN : round(numerator / denominator);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String databaseName(String engine) {
        return "bench_" + engine.replace('-', '_');
    }

    static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** One engine's measurements, gathered phase by phase. */
    private final class EngineRun {
        private final EngineUnderTest engine;
        private final Map<String, Object> result = new LinkedHashMap<>();
        private Timing singleThreadAppends = Timing.ZERO;
        private Timing concurrentAppends = Timing.ZERO;

        EngineRun(EngineUnderTest engine) {
            this.engine = engine;
        }

        Map<String, Object> result() {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("engine", engine.name());
            line.put("events", options.events());
            line.put("events_per_aggregate", options.eventsPerAggregate());
            line.put("payload_bytes", serializer.serialize(workload.payload(0, 0), byte[].class).getData().length);
            line.put("append_events_per_s_1_thread", Math.round(singleThreadAppends.perSecond()));
            line.put("append_events_per_s_" + options.threads() + "_threads", Math.round(concurrentAppends.perSecond()));
            line.put("append_1_thread_events", singleThreadAppends.count());
            line.put("append_1_thread_s", round(singleThreadAppends.seconds()));
            line.put("append_" + options.threads() + "_threads_events", concurrentAppends.count());
            line.put("append_" + options.threads() + "_threads_s", round(concurrentAppends.seconds()));
            line.putAll(result);
            line.put("processor_batch_size", options.processorBatchSize());
            line.putAll(engine.settings());
            return line;
        }
    }
}

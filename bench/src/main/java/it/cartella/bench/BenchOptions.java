package it.cartella.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Command-line options. Every size is the same for both engines: the engines differ only in their own tuning.
 */
record BenchOptions(
        int events,
        int checkpoint,
        int eventsPerAggregate,
        int threads,
        int loadSamples,
        int loadLimitSeconds,
        int cartellaBatchSize,
        int axonMongoBatchSize,
        int processorBatchSize,
        int catchUpLimitSeconds,
        int rawDocs,
        int warmUpEvents,
        int flushEvents,
        List<String> engines,
        long seed) {

    static final String USAGE = """
            usage: java -jar bench/target/bench.jar [options]
              --events N                 events in the store at the end (default 100000)
              --checkpoint N             the smaller store size measured on the way (default 10000)
              --events-per-aggregate N   events of every aggregate (default 50)
              --threads N                appending threads of the concurrent append phase (default 8)
              --load-samples N           aggregate loads timed at each store size (default 1000)
              --load-limit-s N           loads stop after N s at one store size; the percentiles are then of the loads done (default 300)
              --cartella-batch-size N    our engine's read batch size (default: the engine's own, as in production)
              --axon-mongo-batch-size N  the baseline's read batch size (default 10000, tuned; the stock default is 100)
              --processor-batch-size N   tracking processor batch size (default 1000)
              --catchup-limit-s N        a catch-up still running after N s is stopped and its rate so far reported (default 600)
              --raw-docs N               documents of the raw driver insert reference (default 20000)
              --warmup-events N          events of the throw-away warm-up store of each engine (default 2000)
              --flush-events N           events appended by ours with the per-command flush, on a store of their own (default 10000)
              --engines a,b              engines to run: cartella, axon-mongo (default both)
              --seed N                   random seed of payloads and load samples (default 20261122)
            """;

    static BenchOptions parse(String[] args) {
        int events = 100_000;
        int checkpoint = 10_000;
        int eventsPerAggregate = 50;
        int threads = 8;
        int loadSamples = 1_000;
        int loadLimitSeconds = 300;
        int cartellaBatchSize = 0;
        int axonMongoBatchSize = 10_000;
        int processorBatchSize = 1_000;
        int catchUpLimitSeconds = 600;
        int rawDocs = 20_000;
        int warmUpEvents = 2_000;
        int flushEvents = 10_000;
        List<String> engines = List.of(Engines.CARTELLA, Engines.AXON_MONGO);
        long seed = 20261122L;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value of " + name + "\n" + USAGE);
            }
            String value = args[++i];
            switch (name) {
                case "--events" -> events = Integer.parseInt(value);
                case "--checkpoint" -> checkpoint = Integer.parseInt(value);
                case "--events-per-aggregate" -> eventsPerAggregate = Integer.parseInt(value);
                case "--threads" -> threads = Integer.parseInt(value);
                case "--load-samples" -> loadSamples = Integer.parseInt(value);
                case "--load-limit-s" -> loadLimitSeconds = Integer.parseInt(value);
                case "--cartella-batch-size" -> cartellaBatchSize = Integer.parseInt(value);
                case "--axon-mongo-batch-size" -> axonMongoBatchSize = Integer.parseInt(value);
                case "--processor-batch-size" -> processorBatchSize = Integer.parseInt(value);
                case "--catchup-limit-s" -> catchUpLimitSeconds = Integer.parseInt(value);
                case "--raw-docs" -> rawDocs = Integer.parseInt(value);
                case "--warmup-events" -> warmUpEvents = Integer.parseInt(value);
                case "--flush-events" -> flushEvents = Integer.parseInt(value);
                case "--engines" -> engines = new ArrayList<>(Arrays.asList(value.split(",")));
                case "--seed" -> seed = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
            }
        }
        BenchOptions options = new BenchOptions(events, checkpoint, eventsPerAggregate, threads, loadSamples,
                loadLimitSeconds,
                cartellaBatchSize, axonMongoBatchSize, processorBatchSize, catchUpLimitSeconds, rawDocs, warmUpEvents,
                flushEvents,
                List.copyOf(engines), seed);
        options.validate();
        return options;
    }

    private void validate() {
        require(eventsPerAggregate >= 2, "--events-per-aggregate must be at least 2");
        require(events > 0 && events % eventsPerAggregate == 0, "--events must be a positive multiple of --events-per-aggregate");
        require(checkpoint > 0 && checkpoint % eventsPerAggregate == 0, "--checkpoint must be a positive multiple of --events-per-aggregate");
        require(warmUpEvents > 0 && warmUpEvents % eventsPerAggregate == 0, "--warmup-events must be a positive multiple of --events-per-aggregate");
        require(flushEvents > 0 && flushEvents % eventsPerAggregate == 0, "--flush-events must be a positive multiple of --events-per-aggregate");
        require(cartellaBatchSize >= 0, "--cartella-batch-size must not be negative");
        require(threads > 0 && loadSamples > 0 && loadLimitSeconds > 0 && axonMongoBatchSize > 0 && processorBatchSize > 0
                && catchUpLimitSeconds > 0 && rawDocs > 0, "sizes must be positive");
        for (String engine : engines) {
            require(engine.equals(Engines.CARTELLA) || engine.equals(Engines.AXON_MONGO), "unknown engine " + engine);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message + "\n" + USAGE);
        }
    }

    /** The store sizes measured: the checkpoint on the way (when smaller than the final size) and the final size. */
    List<Integer> storeSizes() {
        return checkpoint < events ? List.of(checkpoint, events) : List.of(events);
    }
}

package it.cartella.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP load on Cartella: starts the application jar as a separate process on a fresh embedded database (or targets a
 * running one with {@code --url}), signs in {@code --clients} case managers, and has each run the case journey's mix
 * of commands (open case, assessment, team, plan, monitoring, notes) and reads (case detail, list, search, timeline)
 * back to back. For each store size in {@code --sizes} it first fills the store to that many events, then measures for
 * {@code --duration-s}: commands/s, reads/s, p50/p95/p99 per operation; then, with no other load, the latency of
 * reading the timeline of a case of {@code --timeline-events} events. The fill, unmeasured, is done by default by the
 * application's own synthetic volume tool with the application stopped (case histories of 14 Comuni sent through its
 * command bus, about five times faster than the API); {@code --fill http} has the clients run their mix instead.
 * <p>
 * stdout: one {@code RESULT {json}} line per size and a {@code COMPARISON {json}} line; progress on stderr.
 */
public final class HttpLoad {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path dataDir = options.dataDir != null ? options.dataDir : Files.createTempDirectory("cartella-load-");
        AppProcess app = options.url == null ? AppProcess.start(options.jar, dataDir, options.heap) : null;
        String baseUrl = app != null ? app.baseUrl : options.url;
        String mongoUri = app != null ? "mongodb://127.0.0.1:" + app.mongoPort : options.mongoUri;
        progress("target " + baseUrl + (app != null ? ", data in " + dataDir : ""));
        try (MongoClient mongo = mongoUri == null ? null : MongoClients.create(mongoUri)) {
            Store store = new Store(mongo == null ? null : mongo.getDatabase(options.database));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(30)).build();
            List<Client> clients = new ArrayList<>();
            for (int i = 0; i < options.clients; i++) {
                Client client = new Client(http, baseUrl, 1000L + i, new Latencies());
                client.signIn("as.comune1");
                clients.add(client);
            }
            List<Map<String, Object>> results = new ArrayList<>();
            for (long size : options.sizes) {
                if (app != null && options.fillInProcess && store.events() < size) {
                    app = fillInProcess(app, clients, store, size, options);
                } else {
                    fill(clients, store, size, options);
                }
                results.add(measure(http, baseUrl, clients, store, size, options));
            }
            if (results.size() > 1) {
                System.out.println("COMPARISON " + JSON.writeValueAsString(compare(results.get(0),
                        results.get(results.size() - 1))));
            }
        } finally {
            if (app != null) {
                app.close();
            }
        }
    }

    /**
     * Fills the store with the application's synthetic volume tool (in its own process, the application stopped)
     * and starts the application again on the same data: the clients sign in anew and keep working on their cases.
     */
    private static AppProcess fillInProcess(AppProcess app, List<Client> clients, Store store, long size,
                                            Options options) throws Exception {
        long before = store.events();
        progress("filling the store from " + before + " to " + size + " events in-process ("
                + options.fillThreads + " threads; progress in " + app.dataDir.resolve("fill.log") + ")");
        long start = System.nanoTime();
        app.fill(options.jar, options.heap, size, options.fillThreads);
        progress(String.format("  filled in %.0f s; starting Cartella again", (System.nanoTime() - start) / 1e9));
        AppProcess restarted = app.restart(options.jar, options.heap);
        for (Client client : clients) {
            client.signIn("as.comune1");
        }
        return restarted;
    }

    /** Runs the mix unmeasured until the store holds that many events. */
    private static void fill(List<Client> clients, Store store, long size, Options options) throws Exception {
        long stored = store.events();
        while (stored >= 0 && stored < size) {
            fillPositions(clients, store, store.positions() + (size - stored));
            stored = store.events();
        }
    }

    /**
     * Runs the mix until the store has given out that many positions: cheap to poll, and close to the events stored
     * (a position is voided only when a block of reserved positions is released unused), checked exactly by the
     * caller.
     */
    private static void fillPositions(List<Client> clients, Store store, long size) throws Exception {
        progress("filling the store to " + size + " events with " + clients.size() + " clients");
        long start = System.nanoTime();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = clientThreads(clients.size());
        List<Future<?>> running = new ArrayList<>();
        for (Client client : clients) {
            running.add(pool.submit(() -> {
                while (!stop.get()) {
                    client.step(false);
                }
                return null;
            }));
        }
        long first = store.positions();
        long positions;
        while ((positions = store.positions()) < size) {
            Thread.sleep(5000);
            double seconds = (System.nanoTime() - start) / 1e9;
            progress(String.format("  %,d positions after %.0f s (%.0f/s)", positions, seconds,
                    (positions - first) / seconds));
        }
        stop.set(true);
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
    }

    private static Map<String, Object> measure(HttpClient http, String baseUrl, List<Client> clients, Store store,
                                               long size, Options options) throws Exception {
        progress("warming up for " + options.warmupSeconds + " s, then measuring for " + options.durationSeconds + " s");
        Latencies latencies = new Latencies();
        AtomicLong commands = new AtomicLong();
        AtomicLong reads = new AtomicLong();
        AtomicBoolean recording = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = clientThreads(clients.size());
        List<Future<?>> running = new ArrayList<>();
        for (Client measured : clients) {
            measured.recordInto(latencies);
            running.add(pool.submit(() -> {
                while (!stop.get()) {
                    boolean record = recording.get();
                    boolean command = measured.step(record);
                    if (record) {
                        (command ? commands : reads).incrementAndGet();
                    }
                }
                return null;
            }));
        }
        long eventsBefore = store.events();
        Thread.sleep(options.warmupSeconds * 1000L);
        long positionsBefore = store.positions();
        recording.set(true);
        long start = System.nanoTime();
        Thread.sleep(options.durationSeconds * 1000L);
        recording.set(false);
        double seconds = (System.nanoTime() - start) / 1e9;
        long positionsAfter = store.positions();
        stop.set(true);
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        long eventsAfter = store.events();

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("store_events_at_start", eventsBefore);
        result.put("store_events_at_end", eventsAfter);
        result.put("target_store_events", size);
        result.put("clients", clients.size());
        result.put("seconds", Math.round(seconds * 10) / 10.0);
        result.put("commands_per_s", Math.round(commands.get() / seconds * 10) / 10.0);
        result.put("reads_per_s", Math.round(reads.get() / seconds * 10) / 10.0);
        result.put("store_positions_at_end", store.positions());
        result.put("positions_per_s", Math.round((positionsAfter - positionsBefore) / seconds * 10) / 10.0);
        result.put("latency", latencies.summary());
        result.put("timeline", timeline(clients.get(0), store, options));
        result.put("load_average", loadAverage());
        result.put("at", Instant.now().toString());
        System.out.println("RESULT " + JSON.writeValueAsString(result));
        return result;
    }

    /** A case with that many events in its timeline, read again and again with nothing else running. */
    private static Map<String, Object> timeline(Client client, Store store, Options options) throws Exception {
        progress("building a case of " + options.timelineEvents + " events and reading its timeline "
                + options.timelineSamples + " times");
        String caseId = client.openCase(false);
        if (caseId == null) {
            return Map.of("error", "the timeline's case could not be opened");
        }
        for (int i = 1; i < options.timelineEvents; i++) {
            client.send(false, "note", "POST", "/api/cases/" + caseId + "/notes",
                    "{\"notedOn\":\"2025-02-12\",\"text\":\"Nota " + i + "\"}");
        }
        int entries = 0;
        for (int attempt = 0; attempt < 120 && entries < options.timelineEvents; attempt++) {
            HttpResponse<String> answer = client.send(false, "timeline", "GET", "/api/cases/" + caseId + "/timeline",
                    null);
            entries = answer != null && answer.statusCode() == 200 ? client.json(answer).size() : 0;
            if (entries < options.timelineEvents) {
                Thread.sleep(1000);
            }
        }
        awaitQuiet(store);
        Latencies latencies = new Latencies();
        Client reader = client;
        for (int i = 0; i < options.timelineSamples; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = reader.send(false, "timeline", "GET", "/api/cases/" + caseId + "/timeline",
                    null);
            latencies.record("timeline", (System.nanoTime() - start) / 1000, answer != null && answer.statusCode() == 200);
        }
        Map<String, Object> out = new LinkedHashMap<>(latencies.summary().get("timeline"));
        out.put("entries", entries);
        return out;
    }

    private static Map<String, Object> compare(Map<String, Object> small, Map<String, Object> large) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from_events", small.get("store_events_at_start"));
        out.put("to_events", large.get("store_events_at_start"));
        out.put("commands_per_s_ratio", ratio(large.get("commands_per_s"), small.get("commands_per_s")));
        Map<?, ?> a = (Map<?, ?>) small.get("latency");
        Map<?, ?> b = (Map<?, ?>) large.get("latency");
        Map<String, Object> p99 = new LinkedHashMap<>();
        for (Object kind : a.keySet()) {
            if (b.containsKey(kind)) {
                p99.put(kind + "_p99_ratio", ratio(((Map<?, ?>) b.get(kind)).get("p99_ms"),
                        ((Map<?, ?>) a.get(kind)).get("p99_ms")));
            }
        }
        out.put("latency", p99);
        out.put("timeline_p99_ratio", ratio(((Map<?, ?>) large.get("timeline")).get("p99_ms"),
                ((Map<?, ?>) small.get("timeline")).get("p99_ms")));
        return out;
    }

    private static double ratio(Object numerator, Object denominator) {
        double d = ((Number) denominator).doubleValue();
        return d == 0 ? 0 : Math.round(((Number) numerator).doubleValue() / d * 100) / 100.0;
    }

    /** Daemon threads: a run that fails ends its process instead of leaving the clients running. */
    private static ExecutorService clientThreads(int count) {
        return Executors.newFixedThreadPool(count, work -> {
            Thread thread = new Thread(work, "client");
            thread.setDaemon(true);
            return thread;
        });
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }

    static void progress(String message) {
        System.err.println(Instant.now() + " " + message);
    }

    /**
     * Waits until nothing has been appended for five seconds (at most two minutes), so that the timeline is read
     * alone: the projections have also handled the case's own 200 events by then, and the previous measurement's
     * backlog.
     */
    private static void awaitQuiet(Store store) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
        long last = store.positions();
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline && System.nanoTime() - quietSince < 5_000_000_000L) {
            Thread.sleep(500);
            long now = store.positions();
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            }
        }
    }

    /** The store's size, read from the event store's collections (-1 when only a URL was given). */
    private record Store(MongoDatabase database) {

        /** The global positions given out so far: one counter document, cheap to poll. */
        long positions() {
            if (database == null) {
                return -1;
            }
            Document counter = database.getCollection("event_counters").find(Filters.eq("_id", "events")).first();
            return counter == null ? 0 : ((Number) counter.get("next")).longValue();
        }

        /**
         * The events stored: the positions given out less those voided (void commits hold no events). It scans the
         * commits on the server, so it is read only outside the measured window.
         */
        long events() {
            if (database == null) {
                return -1;
            }
            long positions = positions();
            long voided = 0;
            for (Document empty : database.getCollection("event_commits").find(Filters.size("events", 0))
                    .projection(new Document("n", 1))) {
                voided += ((Number) empty.get("n")).longValue();
            }
            return positions - voided;
        }
    }

    static final class Options {
        Path jar = Path.of("app/target/cartella.jar");
        Path dataDir;
        String url;
        String mongoUri;
        String database = "cartella";
        String heap = "1g";
        int clients = 32;
        int durationSeconds = 60;
        int warmupSeconds = 10;
        int timelineEvents = 200;
        int timelineSamples = 200;
        List<Long> sizes = List.of(100_000L, 1_000_000L);
        boolean fillInProcess = true;
        int fillThreads = 8;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--jar" -> o.jar = Path.of(value);
                    case "--data-dir" -> o.dataDir = Path.of(value);
                    case "--url" -> o.url = value;
                    case "--mongo-uri" -> o.mongoUri = value;
                    case "--database" -> o.database = value;
                    case "--heap" -> o.heap = value;
                    case "--clients" -> o.clients = Integer.parseInt(value);
                    case "--duration-s" -> o.durationSeconds = Integer.parseInt(value);
                    case "--warmup-s" -> o.warmupSeconds = Integer.parseInt(value);
                    case "--timeline-events" -> o.timelineEvents = Integer.parseInt(value);
                    case "--timeline-samples" -> o.timelineSamples = Integer.parseInt(value);
                    case "--fill" -> o.fillInProcess = switch (value) {
                        case "in-process" -> true;
                        case "http" -> false;
                        default -> throw new IllegalArgumentException("--fill is in-process or http");
                    };
                    case "--fill-threads" -> o.fillThreads = Integer.parseInt(value);
                    case "--sizes" -> o.sizes = java.util.Arrays.stream(value.split(",")).map(Long::parseLong).toList();
                    case "--help" -> {
                        System.out.println("""
                                --jar PATH            application jar to start (default app/target/cartella.jar)
                                --data-dir DIR        its data directory (default: a new temporary directory)
                                --url URL             target a running Cartella instead (demo users needed)
                                --mongo-uri URI       with --url: its MongoDB, to read the store's size
                                --clients N           concurrent case managers (default 32)
                                --sizes A,B           store sizes in events to measure at (default 100000,1000000)
                                --fill MODE           how the store grows to a size: in-process (default; the
                                                      app's SyntheticVolume tool, the app stopped meanwhile) or
                                                      http (the clients' own mix, unmeasured; always with --url)
                                --fill-threads N      threads of the in-process fill (default 8)
                                --warmup-s S          unmeasured seconds before each measurement (default 10)
                                --duration-s S        measured seconds per size (default 60)
                                --timeline-events N   events of the case whose timeline is read (default 200)
                                --timeline-samples N  timeline reads measured (default 200)
                                --heap SIZE           -Xmx of the started application (default 1g)""");
                        System.exit(0);
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + " (see --help)");
                }
                i++;
            }
            return o;
        }
    }
}

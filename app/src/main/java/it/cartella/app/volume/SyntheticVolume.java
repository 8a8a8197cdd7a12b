package it.cartella.app.volume;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import it.cartella.app.CartellaApplication;
import it.cartella.app.indicator.IndicatorDemoData;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fills a demo database with synthetic case histories until its event store holds a given number of events, for
 * load measurements at the size of a Region (a million events) that the API alone would take a day to reach.
 * <p>
 * It starts Cartella itself, in demo mode (so refused on a real MongoDB), and sends the commands of the indicator
 * demo's histories (other seeds, the same kinds: cases in 14 Comuni of three Ambiti, with assessments, teams, plans,
 * interventions, tirocini, discharges, closures) through the command bus from several threads. Every command runs as
 * it does for a user: the aggregates decide, the events are stored durably, and the projections, indicators and
 * deadlines handle them. It ends once every tracking processor has caught up, so the next start of Cartella on the
 * same directory serves a current store.
 * <p>
 * Run from the application jar, with the variables the application reads ({@code CARTELLA_DATA_DIR},
 * {@code CARTELLA_MONGODB_EMBEDDED_PORT}):
 * {@code java -cp cartella.jar -Dloader.main=it.cartella.app.volume.SyntheticVolume
 * org.springframework.boot.loader.launch.PropertiesLauncher --events 1000000 --threads 8}.
 * Progress and the result go to standard error and standard output; the exit code is 0 when the size was reached.
 */
public final class SyntheticVolume {

    private static final String COUNTERS = "event_counters";
    private static final String COMMITS = "event_commits";
    private static final int HISTORIES_PER_ROUND = 10;

    private SyntheticVolume() {
    }

    public static void main(String[] args) throws Exception {
        long target = 100_000;
        int threads = 8;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--events" -> target = Long.parseLong(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (--events N, --threads N)");
            }
        }
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication application = new SpringApplication(CartellaApplication.class);
        // Demo mode, whatever the environment says: its directory (users, organisations) is what the load's clients
        // sign in with, and it is refused on a real MongoDB, where synthetic people have no place. Any free port.
        int exit;
        try (ConfigurableApplicationContext context = application.run("--cartella.demo=true", "--server.port=0")) {
            exit = fill(context, target, threads) ? 0 : 1;
        }
        System.exit(exit);
    }

    private static boolean fill(ConfigurableApplicationContext context, long target, int threads) throws Exception {
        MongoDatabase database = context.getBean(MongoDatabase.class);
        CommandGateway commands = context.getBean(CommandGateway.class);
        long before = events(database);
        progress("the store holds " + before + " events; filling it to " + target + " with " + threads + " threads");
        long start = System.nanoTime();
        long stored = before;
        // Seeds follow the store's size, so a second fill of the same directory sends other histories.
        long seed = before;
        while (stored < target) {
            sendUntil(database, commands, positions(database) + (target - stored), threads, seed);
            seed += threads;
            stored = events(database);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        progress(String.format("%,d events stored in %.0f s (%.0f events/s); waiting for the projections",
                stored - before, seconds, (stored - before) / seconds));
        awaitProjections(context);
        System.out.println("VOLUME {\"events_before\":" + before + ",\"events\":" + events(database)
                + ",\"fill_s\":" + Math.round(seconds) + ",\"total_s\":"
                + Math.round((System.nanoTime() - start) / 1e9) + "}");
        return true;
    }

    /** Sends histories from every thread until the store has given out that many positions. */
    private static void sendUntil(MongoDatabase database, CommandGateway commands, long positions, int threads,
                                  long seed) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                IndicatorDemoData histories = new IndicatorDemoData(commands, seed + t);
                running.add(pool.submit(() -> {
                    while (!stop.get()) {
                        histories.sendHistories(HISTORIES_PER_ROUND);
                    }
                    return null;
                }));
            }
            long first = positions(database);
            long begin = System.nanoTime();
            long now;
            while ((now = positions(database)) < positions) {
                for (Future<?> f : running) {
                    if (f.isDone()) {
                        f.get(); // a failed thread ends the fill with its cause
                    }
                }
                Thread.sleep(5000);
                double seconds = (System.nanoTime() - begin) / 1e9;
                progress(String.format("  %,d positions of %,d (%.0f/s)", now, positions, (now - first) / seconds));
            }
            stop.set(true);
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitProjections(ConfigurableApplicationContext context) throws InterruptedException {
        EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
        EventStorageEngine engine = context.getBean(EventStorageEngine.class);
        long head = engine.createHeadToken().position().orElse(0);
        long deadline = System.nanoTime() + Duration.ofHours(2).toNanos();
        while (System.nanoTime() < deadline) {
            long slowest = Long.MAX_VALUE;
            String behind = null;
            boolean caughtUp = true;
            for (var processor : processing.eventProcessors().entrySet()) {
                if (!(processor.getValue() instanceof StreamingEventProcessor streaming)) {
                    continue;
                }
                var segments = streaming.processingStatus().values();
                long position = segments.stream().map(EventTrackerStatus::getCurrentPosition)
                        .mapToLong(p -> p.orElse(-1)).min().orElse(-1);
                boolean done = !segments.isEmpty() && position >= head
                        && segments.stream().allMatch(EventTrackerStatus::isCaughtUp);
                caughtUp &= done;
                if (!done && position < slowest) {
                    slowest = position;
                    behind = processor.getKey();
                }
            }
            if (caughtUp) {
                progress("every processor has caught up");
                return;
            }
            progress("  slowest processor " + behind + " at " + slowest + " of " + head);
            Thread.sleep(5000);
        }
        throw new IllegalStateException("the processors did not catch up within two hours");
    }

    /** The global positions given out so far: one counter document, cheap to poll. */
    private static long positions(MongoDatabase database) {
        Document counter = database.getCollection(COUNTERS).find(Filters.eq("_id", "events")).first();
        return counter == null ? 0 : ((Number) counter.get("next")).longValue();
    }

    /** The events stored: positions given out less those voided (void commits hold no events). Scans the commits. */
    private static long events(MongoDatabase database) {
        long voided = 0;
        for (Document empty : database.getCollection(COMMITS).find(Filters.size("events", 0))
                .projection(new Document("n", 1))) {
            voided += ((Number) empty.get("n")).longValue();
        }
        return positions(database) - voided;
    }

    private static void progress(String message) {
        System.err.println(Instant.now() + " " + message);
    }
}

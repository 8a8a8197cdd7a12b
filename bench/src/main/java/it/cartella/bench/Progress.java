package it.cartella.bench;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Progress lines on stderr, so that stdout holds only the result lines. */
final class Progress {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Progress() {
    }

    static void log(String format, Object... args) {
        System.err.printf("[%s] %s%n", CLOCK.format(LocalTime.now()), String.format(format, args));
    }

    /** Stops the periodic progress line. */
    interface Ticker extends AutoCloseable {
        @Override
        void close();
    }

    /** Logs {@code status} every 10 s until closed: long phases show they are alive and how fast they go. */
    static Ticker ticker(Supplier<String> status) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bench-progress");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(() -> log("  ... %s", status.get()), 10, 10, TimeUnit.SECONDS);
        return timer::shutdownNow;
    }
}

package it.cartella.app.processes;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cartella killed with {@code kill -9} at random moments while case managers work, and started again on the same
 * data directory each time. Afterwards: every answered command is in the store exactly once, an interrupted one
 * entirely or not at all, no retried key stored twice, and the case list and case files say what the events say.
 * <p>
 * The short version runs in {@code ./mvnw verify}; a long one on demand, e.g.
 * {@code ./mvnw -B -pl app -am verify -Dit.test=KillIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcartella.kill.rounds=20 -Dcartella.kill.clients=6}.
 */
class KillIT {

    private static final int ROUNDS = Integer.getInteger("cartella.kill.rounds", 3);
    private static final int CLIENTS = Integer.getInteger("cartella.kill.clients", 4);
    private static final long SEED = Long.getLong("cartella.kill.seed", System.nanoTime());

    @Test
    void nothingAnsweredIsLostAndNothingIsStoredTwiceAcrossKills() throws Exception {
        Path work = Path.of("target", "processes", "kill-" + System.currentTimeMillis()).toAbsolutePath();
        int mongoPort = AppProcess.freePort();
        Random random = new Random(SEED);
        System.out.printf("KillIT: %d kills, %d clients, seed %d, logs in %s%n", ROUNDS, CLIENTS, SEED, work);
        try (AppProcess node = AppProcess.node("node", work)
                .env("CARTELLA_DATA_DIR", work.resolve("data").toString())
                .env("CARTELLA_DEMO", "true")
                .env("CARTELLA_MONGODB_EMBEDDED_PORT", Integer.toString(mongoPort))
                // A retry finds an interrupted request's key this long after the kill; a restart takes longer.
                .property("cartella.idempotency.interrupted-after", "PT10S")
                .build()) {
            node.start().awaitReady();

            AtomicBoolean working = new AtomicBoolean(true);
            List<CaseWorker> workers = new ArrayList<>();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                boolean first = i % 2 == 0;
                CaseWorker worker = new CaseWorker(() -> new Api(node, first ? "as.comune1" : "as.comune2"),
                        first ? "comune-098031" : "comune-098019", first ? "as-comune1" : "as-comune2",
                        working::get);
                workers.add(worker);
                running.add(clients.submit(worker));
            }
            for (int kill = 1; kill <= ROUNDS; kill++) {
                AppProcess.sleep(Duration.ofMillis(1_500 + random.nextInt(4_000)));
                node.kill();
                System.out.printf("KillIT: kill %d at %s%n", kill, java.time.Instant.now());
                node.start().awaitReady();
            }
            AppProcess.sleep(Duration.ofSeconds(3));
            working.set(false);
            for (Future<?> worker : running) {
                worker.get(10, TimeUnit.MINUTES);
            }
            clients.shutdown();

            List<CaseWorker.Step> steps = workers.stream().flatMap(w -> w.steps().stream()).toList();
            System.out.println("KillIT: " + Consistency.summary(steps));
            assertThat(steps).as("commands that got an answer other than success, interruption or a retry")
                    .noneMatch(step -> step.outcome() == CaseWorker.Outcome.REFUSED);
            assertThat(steps).as("commands sent again because a kill cut them off").anyMatch(s -> s.retries() > 0);

            StoredEvents store = StoredEvents.read("mongodb://127.0.0.1:" + mongoPort, "cartella");
            Consistency.storeMatchesAnswers(store, steps);
            for (int i = 0; i < workers.size(); i++) {
                String user = i % 2 == 0 ? "as.comune1" : "as.comune2";
                Consistency.readModelsConverge(store, workers.get(i).openedCases(), () -> new Api(node, user));
            }
            node.stop();
        }
    }
}

package it.cartella.app.processes;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Cartella nodes on one database, as real processes: the first runs the embedded MongoDB on a fixed port, the
 * second reaches it through CARTELLA_MONGODB_URI. The case list's processor has two segments. Proved here: the nodes
 * share the processors' segments through the token store and both process events; a command works on whichever node
 * it reaches, and what it changed reads the same on both; a node killed with {@code kill -9} under load hands its
 * segments over, and every event is still projected exactly once; every overdue deadline is recorded missed exactly
 * once, whichever node polls.
 */
class MultiNodeIT {

    private static final Duration LOAD = Duration.ofSeconds(Integer.getInteger("cartella.nodes.load-seconds", 15));

    @Test
    void twoNodesShareTheWorkAndOneKilledHandsItOver() throws Exception {
        Path work = Path.of("target", "processes", "nodes-" + System.currentTimeMillis()).toAbsolutePath();
        int mongoPort = AppProcess.freePort();
        String mongoUri = "mongodb://127.0.0.1:" + mongoPort;
        try (AppProcess a = configured(AppProcess.node("node-a", work))
                .env("CARTELLA_DATA_DIR", work.resolve("a").toString())
                .env("CARTELLA_DEMO", "true")
                .env("CARTELLA_MONGODB_EMBEDDED_PORT", Integer.toString(mongoPort))
                .build()) {
            a.start().awaitReady();
            String key = Files.readString(work.resolve("a").resolve("codice-fiscale.key"), StandardCharsets.US_ASCII)
                    .strip();
            try (AppProcess b = configured(AppProcess.node("node-b", work))
                    .env("CARTELLA_DATA_DIR", work.resolve("b").toString())
                    .env("CARTELLA_MONGODB_URI", mongoUri)
                    .env("CARTELLA_CODICE_FISCALE_KEY", key)
                    // Demo mode is refused on a shared database; its users are in it, signing in with HTTP Basic.
                    .property("cartella.security.http-basic", "true")
                    .build()) {
                b.start().awaitReady();

                awaitSegmentsShared(mongoUri, a, b);
                aCommandWorksOnEitherNodeAndReadsTheSameOnBoth(a, b);

                // Case managers working through both nodes; when B dies its clients go to A, as a proxy would send them.
                AtomicBoolean working = new AtomicBoolean(true);
                AtomicReference<AppProcess> secondNode = new AtomicReference<>(b);
                List<CaseWorker> workers = new ArrayList<>();
                ExecutorService clients = Executors.newFixedThreadPool(4);
                List<Future<?>> running = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    AtomicReference<AppProcess> target = i % 2 == 0 ? new AtomicReference<>(a) : secondNode;
                    CaseWorker worker = new CaseWorker(() -> new Api(target.get(), "as.comune1"), "comune-098031",
                            "as-comune1", working::get);
                    workers.add(worker);
                    running.add(clients.submit(worker));
                }
                List<String> discharges = new ArrayList<>();
                long caseViewBefore = minimumIndex(Tokens.read(mongoUri), "case-view");
                discharges.add(overdueDischarge(new Api(b, "as.comune1")));
                AppProcess.sleep(LOAD);
                Tokens loaded = Tokens.read(mongoUri);
                assertThat(loaded.of("case-view")).as("both segments of the case list moved on, one on each node")
                        .allMatch(t -> t.index() > caseViewBefore)
                        .anyMatch(t -> t.heldBy(a)).anyMatch(t -> t.heldBy(b));

                discharges.add(overdueDischarge(new Api(a, "as.comune1")));
                b.kill();
                secondNode.set(a);
                System.out.println("MultiNodeIT: node B killed under load at " + java.time.Instant.now());
                discharges.add(overdueDischarge(new Api(a, "as.comune1")));
                AppProcess.sleep(LOAD);
                working.set(false);
                for (Future<?> worker : running) {
                    worker.get(10, TimeUnit.MINUTES);
                }
                clients.shutdown();

                AppProcess.awaitUntil(() -> Tokens.read(mongoUri).tokens().stream().allMatch(t -> t.heldBy(a)),
                        "node A holds every segment once B's claims expired");
                List<CaseWorker.Step> steps = workers.stream().flatMap(w -> w.steps().stream()).toList();
                System.out.println("MultiNodeIT: " + Consistency.summary(steps));
                assertThat(steps).noneMatch(step -> step.outcome() == CaseWorker.Outcome.REFUSED);
                List<String> cases = workers.stream().flatMap(w -> w.openedCases().stream()).toList();
                StoredEvents store = StoredEvents.read(mongoUri, "cartella");
                Consistency.storeMatchesAnswers(store, steps);
                Consistency.readModelsConverge(store, cases, () -> new Api(a, "as.comune1"));

                AppProcess.awaitUntil(() -> discharges.stream().allMatch(d ->
                        StoredEvents.read(mongoUri, "cartella").count(d, "DeadlineMissed") >= 1),
                        "every overdue discharge deadline recorded missed");
                // The node holding the deadline engine polls every 2 seconds, A since B died: many more chances to
                // record a miss twice.
                AppProcess.sleep(Duration.ofSeconds(10));
                StoredEvents after = StoredEvents.read(mongoUri, "cartella");
                assertThat(discharges).allSatisfy(d -> assertThat(after.count(d, "DeadlineMissed"))
                        .as("DeadlineMissed of discharge %s", d).isEqualTo(1));
                a.stop();
            }
        }
    }

    private static AppProcess.Builder configured(AppProcess.Builder node) {
        return node
                .property("axon.eventhandling.processors.case-view.initial-segment-count", "2")
                .property("axon.eventhandling.processors.case-view.thread-count", "2")
                .property("cartella.cluster.balance-interval", "PT3S")
                .property("cartella.idempotency.interrupted-after", "PT10S")
                // A deadline claimed by B just before its kill is taken over after the lease, within the test's wait.
                .property("cartella.deadline.lease", "PT20S")
                .env("CARTELLA_DEADLINE_POLL_INTERVAL", "PT2S");
    }

    private static void awaitSegmentsShared(String mongoUri, AppProcess a, AppProcess b) {
        AppProcess.awaitUntil(() -> {
            Tokens tokens = Tokens.read(mongoUri);
            List<Tokens.Token> caseView = tokens.of("case-view");
            return caseView.size() == 2 && caseView.stream().anyMatch(t -> t.heldBy(a))
                    && caseView.stream().anyMatch(t -> t.heldBy(b))
                    && Math.abs(tokens.heldBy(a) - tokens.heldBy(b)) <= 1
                    && tokens.heldBy(a) + tokens.heldBy(b) == tokens.tokens().size();
        }, "every segment held, as many by each node give or take one, the case list's two one on each node");
        Tokens tokens = Tokens.read(mongoUri);
        System.out.printf("MultiNodeIT: segments held by A %d, by B %d, of %d%n", tokens.heldBy(a), tokens.heldBy(b),
                tokens.tokens().size());
    }

    /** Opened on A, changed through B, read on both. */
    private static void aCommandWorksOnEitherNodeAndReadsTheSameOnBoth(AppProcess a, AppProcess b) {
        String caseId = openCase(new Api(a, "as.comune1")).caseId();
        Api.Answer note = new Api(b, "as.comune1").send("POST", "/cases/" + caseId + "/notes",
                Map.of("notedOn", LocalDate.now(ZoneId.of("Europe/Rome")).toString(), "text", "Nota dal secondo nodo"),
                UUID.randomUUID().toString());
        assertThat(note.status()).as(note.body()).isEqualTo(200);
        for (AppProcess node : List.of(a, b)) {
            AppProcess.awaitUntil(() -> {
                Api.Answer file = new Api(node, "as.comune1").get("/cases/" + caseId);
                return file.success() && file.json().path("notesCount").asInt() == 1;
            }, "the note recorded through B in the case file read on " + node.name());
        }
    }

    private static CaseWorker.Opened openCase(Api api) {
        return new CaseWorker(() -> api, "comune-098031", "as-comune1", () -> false).openOnly();
    }

    /** A discharge expected three weeks ago with no care activated: its 72-hour clock ran out long ago. */
    private static String overdueDischarge(Api api) {
        CaseWorker.Opened opened = openCase(api);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseId", opened.caseId());
        body.put("patient", opened.personId());
        body.put("hospital", "asst-lodi");
        body.put("ward", "Medicina");
        body.put("admittedOn", today.minusDays(25).toString());
        body.put("expectedDischargeOn", today.minusDays(21).toString());
        body.put("referredAt", today.minusDays(23) + "T10:00:00+01:00");
        Api.Answer answer = api.send("POST", "/discharges", body, UUID.randomUUID().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.field("dischargeId");
    }

    private static long minimumIndex(Tokens tokens, String processor) {
        return tokens.of(processor).stream().mapToLong(Tokens.Token::index).min().orElse(-1);
    }
}

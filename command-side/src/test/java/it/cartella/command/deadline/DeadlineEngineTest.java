package it.cartella.command.deadline;

import com.mongodb.client.MongoDatabase;
import it.cartella.eventstore.testing.TestMongo;
import it.cartella.kernel.adi.AdiApplicationReceived;
import it.cartella.kernel.adi.FirstMeetingHeld;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.deadline.DeadlineMissed;
import it.cartella.kernel.deadline.DeadlineOwner;
import it.cartella.kernel.deadline.DeadlinePlanner;
import it.cartella.kernel.deadline.DeadlineRule;
import it.cartella.kernel.deadline.DeadlineRules;
import it.cartella.kernel.deadline.OwnerType;
import it.cartella.kernel.deadline.RecordMissedAdiDeadline;
import it.cartella.kernel.deadline.RecordMissedDischargeDeadline;
import it.cartella.kernel.deadline.RecordMissedPlanDeadline;
import it.cartella.kernel.deadline.RecordMissedSflDeadline;
import it.cartella.kernel.deadline.RecordMissedTirocinioDeadline;
import it.cartella.kernel.discharge.HospitalDischargeRecorded;
import it.cartella.kernel.discharge.ProtectedDischargeStarted;
import it.cartella.kernel.id.AdiBenefitId;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.DischargeId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine on the embedded server with a clock the test moves: a due date fires once it is past and only then,
 * once across nodes, after a restart, after a node died holding its claim, and by the rule version in force.
 */
class DeadlineEngineTest {

    private static final LocalDate PAD = LocalDate.of(2026, 1, 10);
    private static final Instant FIRST_MEETING_DUE = LocalDate.of(2026, 5, 11).atStartOfDay(Require.ITALY).toInstant();
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final DeadlinePlanner planner = new DeadlinePlanner(DeadlineRules.standard());
    private final AdvanceableClock clock = new AdvanceableClock(PAD.atStartOfDay(Require.ITALY).toInstant());
    private final ConcurrentLinkedQueue<Object> sent = new ConcurrentLinkedQueue<>();
    private MongoDatabase database;
    private DueDateProjection projection;

    @BeforeEach
    void setUp() {
        database = TestMongo.freshDatabase();
        DueDateStore store = new DueDateStore(database);
        store.applyVersions(planner.rules());
        projection = new DueDateProjection(planner, store);
    }

    @Test
    void aDeadlineFiresWhenItsDayIsOverAndNotBefore() {
        projection.on(application("adi-1", "case-1"));
        DeadlinePoller poller = poller("node-a", recordingGateway());

        clock.set(FIRST_MEETING_DUE.minusSeconds(1));
        assertThat(poller.pollOnce()).isZero();

        clock.set(FIRST_MEETING_DUE);
        assertThat(poller.pollOnce()).isEqualTo(1);
        RecordMissedAdiDeadline command = (RecordMissedAdiDeadline) sent.peek();
        assertThat(command.adiBenefitId()).isEqualTo(AdiBenefitId.of("adi-1"));
        assertThat(command.deadline().ruleId()).isEqualTo("ADI_FIRST_MEETING");
        assertThat(command.deadline().ruleVersion()).isEqualTo(1);
        assertThat(command.deadline().dueOn()).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(poller.pollOnce()).isZero();
    }

    @Test
    void theAwaitedFactStopsTheClock() {
        projection.on(application("adi-1", "case-1"));
        projection.on(new FirstMeetingHeld(AdiBenefitId.of("adi-1"), CaseId.of("case-1"), PersonId.of("p-adi-1"), 1,
                LocalDate.of(2026, 5, 9), List.of()));

        // The meeting started the PaIS and position clocks, due weeks later.
        clock.set(FIRST_MEETING_DUE.plus(Duration.ofDays(1)));
        assertThat(poller("node-a", recordingGateway()).pollOnce()).isZero();
    }

    @Test
    void aRecordedMissTakesTheDeadlineOffTheListOnEveryNode() {
        projection.on(application("adi-1", "case-1"));
        projection.on(new DeadlineMissed(firstMeetingDeadlineOf("adi-1"), "ADI_FIRST_MEETING", 1, CaseId.of("case-1"),
                new DeadlineOwner(OwnerType.ADI_BENEFIT, "adi-1"), LocalDate.of(2026, 5, 10), FIRST_MEETING_DUE));

        clock.set(FIRST_MEETING_DUE);
        assertThat(poller("node-b", recordingGateway()).pollOnce()).isZero();
    }

    @Test
    void twoNodesPollingOneDatabaseFireEachDeadlineOnce() throws Exception {
        int households = 30;
        for (int i = 0; i < households; i++) {
            projection.on(application("adi-" + i, "case-" + i));
        }
        clock.set(FIRST_MEETING_DUE);
        CommandGateway slowGateway = gateway(command -> {
            sent.add(command);
            pause(2);
        });
        // Two engine instances: their own store objects and node ids, one database.
        DeadlinePoller nodeA = new DeadlinePoller(new DueDateStore(database), slowGateway, clock, "node-a", LEASE,
                () -> true);
        DeadlinePoller nodeB = new DeadlinePoller(new DueDateStore(database), slowGateway, clock, "node-b", LEASE,
                () -> true);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                runs.add(threads.submit(nodeA::pollOnce));
                runs.add(threads.submit(nodeB::pollOnce));
            }
            int fired = 0;
            for (Future<Integer> run : runs) {
                fired += run.get(30, TimeUnit.SECONDS);
            }
            assertThat(fired).isEqualTo(households);
        } finally {
            threads.shutdownNow();
        }
        assertThat(sent).hasSize(households);
        assertThat(sent.stream().map(c -> ((RecordMissedAdiDeadline) c).deadline().deadlineId()).distinct())
                .hasSize(households);
    }

    @Test
    void aDeadlineThatFellDueWhileTheEngineWasDownFiresAtStartUp() throws Exception {
        projection.on(application("adi-1", "case-1"));
        DeadlinePoller before = poller("node-a", recordingGateway());
        before.start(Duration.ofHours(1));
        before.stop();
        assertThat(sent).isEmpty();

        clock.set(FIRST_MEETING_DUE.plus(Duration.ofDays(3)));
        CountDownLatch fired = new CountDownLatch(1);
        DeadlinePoller after = new DeadlinePoller(new DueDateStore(database), gateway(command -> {
            sent.add(command);
            fired.countDown();
        }), clock, "node-a", LEASE, () -> true);
        after.start(Duration.ofHours(1));
        try {
            assertThat(fired.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            after.stop();
        }
        assertThat(((RecordMissedAdiDeadline) sent.peek()).deadline().ruleId()).isEqualTo("ADI_FIRST_MEETING");
    }

    @Test
    void aClaimLeftByANodeThatFailedIsTakenOverAfterTheLease() {
        projection.on(application("adi-1", "case-1"));
        clock.set(FIRST_MEETING_DUE);
        AtomicBoolean down = new AtomicBoolean(true);
        DeadlinePoller failing = poller("node-a", gateway(command -> {
            if (down.get()) {
                throw new IllegalStateException("node lost its connection");
            }
        }));
        DeadlinePoller healthy = poller("node-b", recordingGateway());

        assertThat(failing.pollOnce()).isZero();
        assertThat(healthy.pollOnce()).isZero();
        clock.advance(LEASE.plusSeconds(1));
        assertThat(healthy.pollOnce()).isEqualTo(1);
        assertThat(sent).hasSize(1);
    }

    @Test
    void nothingFiresUntilTheDueDatesHaveCaughtUpWithTheEvents() {
        projection.on(application("adi-1", "case-1"));
        clock.set(FIRST_MEETING_DUE);

        DeadlinePoller lagging = new DeadlinePoller(new DueDateStore(database), recordingGateway(), clock, "node-a",
                LEASE, () -> false);
        assertThat(lagging.pollOnce()).isZero();
    }

    @Test
    void aNewRuleVersionRecomputesTheOpenDueDatesAndIsNamedByTheMiss() {
        projection.on(application("adi-1", "case-1"));
        DeadlineRule v1 = planner.rules().rule("ADI_FIRST_MEETING").orElseThrow();
        List<DeadlineRule> rules = new ArrayList<>(planner.rules().all());
        rules.set(rules.indexOf(v1), new DeadlineRule(v1.id(), 2, v1.labelIt(), v1.labelEn(), v1.owner(), v1.scope(),
                v1.start(), v1.stop(), v1.reschedule(), "P60D", v1.exemptions(), v1.effect(), "a later decree"));
        DeadlineRules v2 = DeadlineRules.of("deadline-rules-v2", rules);

        DueDateStore restarted = new DueDateStore(database);
        assertThat(restarted.applyVersions(v2)).isEqualTo(1);
        assertThat(restarted.applyVersions(v2)).isZero();

        clock.set(LocalDate.of(2026, 3, 12).atStartOfDay(Require.ITALY).toInstant());
        assertThat(new DeadlinePoller(restarted, recordingGateway(), clock, "node-a", LEASE, () -> true).pollOnce())
                .isEqualTo(1);
        RecordMissedAdiDeadline command = (RecordMissedAdiDeadline) sent.peek();
        assertThat(command.deadline().ruleVersion()).isEqualTo(2);
        assertThat(command.deadline().dueOn()).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void theActualDischargeMovesTheSeventyTwoHours() {
        DischargeId discharge = DischargeId.of("dis-1");
        projection.on(new ProtectedDischargeStarted(discharge, CaseId.of("case-1"), PersonId.of("p-1"),
                OrganisationId.of("asst-lodi"), "medicina", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10),
                Instant.parse("2026-03-05T10:00:00Z")));
        Instant discharged = Instant.parse("2026-03-12T15:30:00Z");
        projection.on(new HospitalDischargeRecorded(discharge, PersonId.of("p-1"), discharged));
        DeadlinePoller poller = poller("node-a", recordingGateway());

        clock.set(LocalDate.of(2026, 3, 13).atStartOfDay(Require.ITALY).toInstant());
        assertThat(poller.pollOnce()).isZero();
        clock.set(discharged.plus(Duration.ofHours(72)));
        assertThat(poller.pollOnce()).isEqualTo(1);
        RecordMissedDischargeDeadline command = (RecordMissedDischargeDeadline) sent.peek();
        assertThat(command.deadline().ruleId()).isEqualTo("DISCHARGE_CARE_72H");
        assertThat(command.deadline().dueAt()).isEqualTo(Instant.parse("2026-03-15T15:30:00Z"));
    }

    private DeadlinePoller poller(String node, CommandGateway gateway) {
        return new DeadlinePoller(new DueDateStore(database), gateway, clock, node, LEASE, () -> true);
    }

    private CommandGateway recordingGateway() {
        return gateway(sent::add);
    }

    /** A command bus whose handler for every owner's miss command runs {@code handler}. */
    private static CommandGateway gateway(Consumer<Object> handler) {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        for (Class<?> command : List.of(RecordMissedAdiDeadline.class, RecordMissedSflDeadline.class,
                RecordMissedTirocinioDeadline.class,
                RecordMissedDischargeDeadline.class, RecordMissedPlanDeadline.class)) {
            bus.subscribe(command.getName(), (CommandMessage<?> message) -> {
                handler.accept(message.getPayload());
                return null;
            });
        }
        return DefaultCommandGateway.builder().commandBus(bus).build();
    }

    private String firstMeetingDeadlineOf(String adi) {
        return new DueDateStore(database).find("ADI_FIRST_MEETING|" + adi).orElseThrow().deadline().deadlineId();
    }

    private static AdiApplicationReceived application(String adi, String caseId) {
        return new AdiApplicationReceived(AdiBenefitId.of(adi), CaseId.of(caseId), null, PersonId.of("p-" + adi), PAD,
                PAD, LocalDate.of(2026, 2, 1), LocalDate.of(2027, 7, 31), List.of());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

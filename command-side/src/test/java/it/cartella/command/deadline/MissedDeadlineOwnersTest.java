package it.cartella.command.deadline;

import it.cartella.command.CommandRouting;
import it.cartella.command.discharge.ProtectedDischarge;
import it.cartella.command.pais.Pais;
import it.cartella.command.tirocinio.Tirocinio;
import it.cartella.kernel.catalog.FundingSource;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.deadline.DeadlineMissed;
import it.cartella.kernel.deadline.DeadlineOwner;
import it.cartella.kernel.deadline.LapsedDeadline;
import it.cartella.kernel.deadline.OwnerType;
import it.cartella.kernel.deadline.RecordMissedDischargeDeadline;
import it.cartella.kernel.deadline.RecordMissedPlanDeadline;
import it.cartella.kernel.deadline.RecordMissedTirocinioDeadline;
import it.cartella.kernel.deadline.RuleEffect;
import it.cartella.kernel.discharge.ProtectedDischargeStarted;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.DischargeId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PaisId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.TirocinioId;
import it.cartella.kernel.pais.Objective;
import it.cartella.kernel.pais.PaisDrafted;
import it.cartella.kernel.pais.PaisSigned;
import it.cartella.kernel.pais.PlanKind;
import it.cartella.kernel.pais.Signatory;
import it.cartella.kernel.pais.SignatoryRole;
import it.cartella.kernel.tirocinio.TirocinioActivated;
import it.cartella.kernel.tirocinio.TirocinioCompleted;
import it.cartella.kernel.tirocinio.TirocinioOutcome;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The owners of the clocks outside the benefits (traineeship, protected discharge, plan) record each miss once:
 * the engine may send a miss again after a node lost its claim, and nothing must follow twice.
 */
class MissedDeadlineOwnersTest {

    private static final CaseId CASE = CaseId.of("case-1");
    private static final PersonId PERSON = PersonId.of("person-1");
    private static final LocalDate START = LocalDate.of(2024, 1, 8);

    @Test
    void aTraineeshipRecordsAMissOnceAndNoneOnceEnded() {
        AggregateTestFixture<Tirocinio> fixture = fixture(Tirocinio.class);
        TirocinioId tis = TirocinioId.of("tis-1");
        TirocinioActivated activated = new TirocinioActivated(tis, CASE, PERSON, OrganisationId.of("ambito"),
                OrganisationId.of("host"), "Tutor", null, START, START.plusMonths(24).minusDays(1), 20,
                new BigDecimal("400.00"), FundingSource.of("QSFP"));
        LapsedDeadline lapsed = lapsed("TIS_MAX_DURATION", "tis-1", START.plusMonths(24));
        DeadlineMissed missed = DeadlineMissed.of(lapsed, new DeadlineOwner(OwnerType.TIROCINIO, "tis-1"));

        fixture.given(activated).when(new RecordMissedTirocinioDeadline(tis, lapsed)).expectEvents(missed);
        fixture.given(activated, missed).when(new RecordMissedTirocinioDeadline(tis, lapsed)).expectNoEvents();
        fixture.given(activated, new TirocinioCompleted(tis, PERSON, START.plusMonths(20), TirocinioOutcome.HIRED))
                .when(new RecordMissedTirocinioDeadline(tis, lapsed)).expectNoEvents();
    }

    @Test
    void aProtectedDischargeRecordsAMissOnce() {
        AggregateTestFixture<ProtectedDischarge> fixture = fixture(ProtectedDischarge.class);
        DischargeId discharge = DischargeId.of("discharge-1");
        ProtectedDischargeStarted started = new ProtectedDischargeStarted(discharge, CASE, PERSON,
                OrganisationId.of("asst-lodi"), "Geriatria", LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 20),
                Instant.parse("2025-02-14T09:30:00Z"));
        LapsedDeadline lapsed = lapsed("DISCHARGE_CARE_72H", "discharge-1", LocalDate.of(2025, 2, 23));
        DeadlineMissed missed = DeadlineMissed.of(lapsed,
                new DeadlineOwner(OwnerType.PROTECTED_DISCHARGE, "discharge-1"));

        fixture.given(started).when(new RecordMissedDischargeDeadline(discharge, lapsed)).expectEvents(missed);
        fixture.given(started, missed).when(new RecordMissedDischargeDeadline(discharge, lapsed)).expectNoEvents();
    }

    @Test
    void aPlanRecordsAMissedMonitoringDateOnce() {
        AggregateTestFixture<Pais> fixture = fixture(Pais.class);
        PaisId pais = PaisId.of("pais-1");
        LocalDate monitoring = LocalDate.of(2025, 7, 1);
        PaisDrafted drafted = new PaisDrafted(pais, CASE, PERSON, PlanKind.PAIS, 1,
                List.of(new Objective("Lavoro", List.of())), List.of(), List.of(), List.of(monitoring));
        PaisSigned signed = new PaisSigned(pais, CASE, PERSON, PlanKind.PAIS, 1, LocalDate.of(2025, 4, 1),
                List.of(Signatory.person(SignatoryRole.BENEFICIARY, PERSON)), List.of(monitoring));
        LapsedDeadline lapsed = lapsed("PLAN_MONITORING", "case-1#1", monitoring);
        DeadlineMissed missed = DeadlineMissed.of(lapsed, new DeadlineOwner(OwnerType.PLAN, "pais-1"));

        fixture.given(drafted, signed).when(new RecordMissedPlanDeadline(pais, lapsed)).expectEvents(missed);
        fixture.given(drafted, signed, missed).when(new RecordMissedPlanDeadline(pais, lapsed)).expectNoEvents();
    }

    private static <T> AggregateTestFixture<T> fixture(Class<T> aggregate) {
        AggregateTestFixture<T> fixture = new AggregateTestFixture<>(aggregate);
        fixture.registerCommandTargetResolver(CommandRouting.resolver());
        return fixture;
    }

    private static LapsedDeadline lapsed(String rule, String key, LocalDate dueOn) {
        return new LapsedDeadline(rule + "|" + key + "|start", rule, 1, RuleEffect.WORKLIST, CASE,
                START.atStartOfDay(Require.ITALY).toInstant(), dueOn,
                dueOn.plusDays(1).atStartOfDay(Require.ITALY).toInstant());
    }
}

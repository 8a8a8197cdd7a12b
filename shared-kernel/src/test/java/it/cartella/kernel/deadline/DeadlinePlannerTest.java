package it.cartella.kernel.deadline;

import it.cartella.kernel.adi.AdiApplicationReceived;
import it.cartella.kernel.adi.AdiForfeitureMarked;
import it.cartella.kernel.adi.AdiRenewed;
import it.cartella.kernel.adi.FirstMeetingHeld;
import it.cartella.kernel.adi.PositionUpdated;
import it.cartella.kernel.adi.SflExtended;
import it.cartella.kernel.adi.SflParticipationConfirmed;
import it.cartella.kernel.adi.SflStarted;
import it.cartella.kernel.adi.UpdateExemption;
import it.cartella.kernel.cases.MonitoringRecorded;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.discharge.DischargeCareActivated;
import it.cartella.kernel.discharge.HospitalDischargeRecorded;
import it.cartella.kernel.discharge.ProtectedDischargeStarted;
import it.cartella.kernel.discharge.ReadmissionRecorded;
import it.cartella.kernel.id.AdiBenefitId;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.DischargeId;
import it.cartella.kernel.id.InterventionId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PaisId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.SflBenefitId;
import it.cartella.kernel.pais.PaisSigned;
import it.cartella.kernel.pais.PlanKind;
import it.cartella.kernel.tirocinio.TirocinioActivated;
import it.cartella.kernel.tirocinio.TirocinioCompleted;
import it.cartella.kernel.tirocinio.TirocinioExtended;
import it.cartella.kernel.tirocinio.TirocinioOutcome;
import it.cartella.kernel.id.TirocinioId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of {@code deadline-rules-v1.json}: what starts, stops and moves its clock, and the due date it gives. */
class DeadlinePlannerTest {

    private static final DeadlinePlanner PLANNER = new DeadlinePlanner(DeadlineRules.standard());
    private static final AdiBenefitId ADI = AdiBenefitId.of("adi-1");
    private static final CaseId CASE = CaseId.of("case-1");
    private static final PersonId PERSON = PersonId.of("person-1");

    @Test
    void theStandardRulesCarryVersionEffectAndSource() {
        DeadlineRules rules = DeadlineRules.standard();
        assertThat(rules.name()).isEqualTo("deadline-rules-v1");
        assertThat(rules.versions()).containsOnlyKeys("ADI_FIRST_MEETING", "PAIS_SIGNATURE", "ADI_POSITION_UPDATE",
                "ADI_PERIOD_END", "ADI_RENEWAL_PERIOD_END", "SFL_PERIOD_END", "SFL_EXTENSION_END",
                "SFL_PARTICIPATION_CONFIRMATION", "TIS_MAX_DURATION", "DISCHARGE_CARE_72H",
                "DISCHARGE_READMISSION_CHECK", "PLAN_MONITORING");
        assertThat(rules.all()).allSatisfy(rule -> {
            assertThat(rule.version()).isEqualTo(1);
            assertThat(rule.source()).isNotBlank();
        });
    }

    @Test
    void anApplicationStartsThe120DaysToTheFirstMeetingAndThe18Months() {
        List<ClockChange> changes = PLANNER.changesFor(application(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 10)));

        OpenDeadline meeting = opened(changes, "ADI_FIRST_MEETING");
        assertThat(meeting.clockId()).isEqualTo("ADI_FIRST_MEETING|adi-1");
        assertThat(meeting.dueOn()).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(meeting.dueAt()).isEqualTo(LocalDate.of(2026, 5, 11).atStartOfDay(Require.ITALY).toInstant());
        assertThat(meeting.effect()).isEqualTo(RuleEffect.SUSPEND_BENEFIT);
        assertThat(meeting.owner()).isEqualTo(new DeadlineOwner(OwnerType.ADI_BENEFIT, "adi-1"));
        assertThat(opened(changes, "ADI_PERIOD_END").dueOn()).isEqualTo(LocalDate.of(2027, 8, 1));
    }

    @Test
    void anEarlyApplicationCountsThe120DaysFromItsConfiguredStart() {
        // Applications up to 29/02/2024: from the data transmission to GePI (MLPS note 6062/2024).
        List<ClockChange> changes = PLANNER.changesFor(application(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 26)));

        assertThat(opened(changes, "ADI_FIRST_MEETING").dueOn()).isEqualTo(LocalDate.of(2024, 5, 25));
    }

    @Test
    void theFirstMeetingStopsItsClockAndStartsPaisSignatureAndPositionUpdates() {
        List<ClockChange> changes = PLANNER.changesFor(
                new FirstMeetingHeld(ADI, CASE, PERSON, 1, LocalDate.of(2026, 3, 2), List.of()));

        assertThat(closed(changes)).contains("ADI_FIRST_MEETING|adi-1");
        OpenDeadline pais = opened(changes, "PAIS_SIGNATURE");
        assertThat(pais.clockId()).isEqualTo("PAIS_SIGNATURE|case-1");
        assertThat(pais.dueOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(pais.effect()).isEqualTo(RuleEffect.WORKLIST);
        assertThat(opened(changes, "ADI_POSITION_UPDATE").dueOn()).isEqualTo(LocalDate.of(2026, 5, 31));
    }

    @Test
    void exemptBeneficiariesHaveNoPositionUpdateClock() {
        for (UpdateExemption exemption : UpdateExemption.values()) {
            List<ClockChange> changes = PLANNER.changesFor(
                    new FirstMeetingHeld(ADI, CASE, PERSON, 1, LocalDate.of(2026, 3, 2), List.of(exemption)));

            assertThat(openedRules(changes)).containsExactly("PAIS_SIGNATURE");
            assertThat(closed(changes)).contains("ADI_POSITION_UPDATE|adi-1");
        }
    }

    @Test
    void eachPositionUpdateRestartsThe90Days() {
        List<ClockChange> changes = PLANNER.changesFor(
                new PositionUpdated(ADI, CASE, PERSON, LocalDate.of(2026, 6, 1), List.of()));

        OpenDeadline next = opened(changes, "ADI_POSITION_UPDATE");
        assertThat(next.clockId()).isEqualTo("ADI_POSITION_UPDATE|adi-1");
        assertThat(next.dueOn()).isEqualTo(LocalDate.of(2026, 8, 30));
    }

    @Test
    void aSignedPaisStopsItsClockAndStartsItsMonitoringSchedule() {
        List<ClockChange> changes = PLANNER.changesFor(new PaisSigned(PaisId.of("pais-1"), CASE, PERSON,
                PlanKind.PAIS, 1, LocalDate.of(2026, 4, 1), List.of(),
                List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 7, 1))));

        assertThat(closed(changes)).contains("PAIS_SIGNATURE|case-1");
        List<OpenDeadline> monitoring = openedAll(changes, "PLAN_MONITORING");
        assertThat(monitoring).extracting(OpenDeadline::clockId)
                .containsExactly("PLAN_MONITORING|case-1#1", "PLAN_MONITORING|case-1#2");
        assertThat(monitoring).extracting(OpenDeadline::dueOn)
                .containsExactly(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1));
        assertThat(monitoring.get(0).owner()).isEqualTo(new DeadlineOwner(OwnerType.PLAN, "pais-1"));
    }

    @Test
    void anotherPlanKindHasItsMonitoringButDoesNotStopThePaisClock() {
        List<ClockChange> changes = PLANNER.changesFor(new PaisSigned(PaisId.of("pai-1"), CASE, PERSON,
                PlanKind.PAI, 1, LocalDate.of(2026, 4, 1), List.of(), List.of(LocalDate.of(2026, 5, 1))));

        assertThat(closed(changes)).doesNotContain("PAIS_SIGNATURE|case-1");
        assertThat(openedRules(changes)).containsExactly("PLAN_MONITORING");
    }

    @Test
    void aMonitoringPointMeetsTheMonitoringDateOfItsNumber() {
        List<ClockChange> changes = PLANNER.changesFor(new MonitoringRecorded(CASE, PERSON, 2,
                LocalDate.of(2026, 10, 3), List.of(), null));

        assertThat(closed(changes)).containsExactly("PLAN_MONITORING|case-1#2");
    }

    @Test
    void aRenewalRestartsTheFirstMeetingAndTheTwelveMonths() {
        List<ClockChange> changes = PLANNER.changesFor(new AdiRenewed(ADI, CASE, 2, LocalDate.of(2027, 9, 10),
                LocalDate.of(2027, 10, 1), LocalDate.of(2028, 9, 30)));

        assertThat(closed(changes)).contains("ADI_POSITION_UPDATE|adi-1", "ADI_PERIOD_END|adi-1");
        assertThat(opened(changes, "ADI_FIRST_MEETING").dueOn()).isEqualTo(LocalDate.of(2028, 1, 8));
        assertThat(opened(changes, "ADI_RENEWAL_PERIOD_END").dueOn()).isEqualTo(LocalDate.of(2028, 10, 1));
    }

    @Test
    void aForfeitureStopsEveryClockOfTheBenefit() {
        List<ClockChange> changes = PLANNER.changesFor(new AdiForfeitureMarked(ADI, CASE, null,
                AdiForfeitureMarked.NO_SHOW, LocalDate.of(2026, 3, 2)));

        assertThat(closed(changes)).containsExactlyInAnyOrder("ADI_FIRST_MEETING|adi-1", "PAIS_SIGNATURE|case-1",
                "ADI_POSITION_UPDATE|adi-1", "ADI_PERIOD_END|adi-1", "ADI_RENEWAL_PERIOD_END|adi-1");
        assertThat(openedRules(changes)).isEmpty();
    }

    @Test
    void theSflRuns12MonthsWithConfirmationsEvery90DaysAnd12MoreInTraining() {
        SflBenefitId sfl = SflBenefitId.of("sfl-1");
        List<ClockChange> started = PLANNER.changesFor(new SflStarted(sfl, CASE, PERSON, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)));
        assertThat(opened(started, "SFL_PERIOD_END").dueOn()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(opened(started, "SFL_PARTICIPATION_CONFIRMATION").dueOn()).isEqualTo(LocalDate.of(2026, 4, 1));

        OpenDeadline next = opened(PLANNER.changesFor(new SflParticipationConfirmed(sfl, CASE,
                LocalDate.of(2026, 3, 20))), "SFL_PARTICIPATION_CONFIRMATION");
        assertThat(next.clockId()).isEqualTo("SFL_PARTICIPATION_CONFIRMATION|sfl-1");
        assertThat(next.dueOn()).isEqualTo(LocalDate.of(2026, 6, 18));

        List<ClockChange> extended = PLANNER.changesFor(new SflExtended(sfl, CASE, LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 12, 31)));
        assertThat(closed(extended)).containsExactly("SFL_PERIOD_END|sfl-1");
        assertThat(opened(extended, "SFL_EXTENSION_END").dueOn()).isEqualTo(LocalDate.of(2028, 1, 1));
    }

    @Test
    void aTraineeshipMayLast24MonthsUnlessItEndsOrAJustifiedExtensionLiftsTheLimit() {
        TirocinioId tis = TirocinioId.of("tis-1");
        List<ClockChange> started = PLANNER.changesFor(new TirocinioActivated(tis, CASE, PERSON,
                OrganisationId.of("ambito"), OrganisationId.of("host"), "Tutor", null, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 12, 31), 20, BigDecimal.ZERO, null));
        assertThat(opened(started, "TIS_MAX_DURATION").dueOn()).isEqualTo(LocalDate.of(2028, 2, 1));

        assertThat(closed(PLANNER.changesFor(new TirocinioCompleted(tis, PERSON, LocalDate.of(2026, 12, 31),
                TirocinioOutcome.values()[0])))).containsExactly("TIS_MAX_DURATION|tis-1");
        assertThat(closed(PLANNER.changesFor(new TirocinioExtended(tis, PERSON, LocalDate.of(2027, 12, 31),
                LocalDate.of(2028, 6, 30), true, "why")))).containsExactly("TIS_MAX_DURATION|tis-1");
        assertThat(PLANNER.changesFor(new TirocinioExtended(tis, PERSON, LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 6, 30), false, null))).isEmpty();
    }

    @Test
    void aProtectedDischargeCountsFromTheExpectedDayUntilTheActualDischargeIsKnown() {
        DischargeId discharge = DischargeId.of("dis-1");
        List<ClockChange> started = PLANNER.changesFor(new ProtectedDischargeStarted(discharge, CASE, PERSON,
                OrganisationId.of("asst"), "ward", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10),
                Instant.parse("2026-03-05T10:00:00Z")));
        assertThat(opened(started, "DISCHARGE_CARE_72H").dueAt())
                .isEqualTo(LocalDate.of(2026, 3, 13).atStartOfDay(Require.ITALY).toInstant());
        assertThat(opened(started, "DISCHARGE_READMISSION_CHECK").dueOn()).isEqualTo(LocalDate.of(2026, 9, 10));

        Instant discharged = Instant.parse("2026-03-11T15:30:00Z");
        List<ClockChange> moved = PLANNER.changesFor(new HospitalDischargeRecorded(discharge, PERSON, discharged));
        assertThat(moved).containsExactlyInAnyOrder(
                new ClockChange.Reschedule("DISCHARGE_CARE_72H|dis-1", "DISCHARGE_CARE_72H", discharged),
                new ClockChange.Reschedule("DISCHARGE_READMISSION_CHECK|dis-1", "DISCHARGE_READMISSION_CHECK",
                        discharged));

        assertThat(closed(PLANNER.changesFor(new DischargeCareActivated(discharge, CASE, PERSON,
                List.of(InterventionId.of("int-1")), discharged.plusSeconds(3600)))))
                .containsExactly("DISCHARGE_CARE_72H|dis-1");
        assertThat(closed(PLANNER.changesFor(new ReadmissionRecorded(discharge, PERSON, LocalDate.of(2026, 9, 11),
                null, false)))).containsExactly("DISCHARGE_READMISSION_CHECK|dis-1");
    }

    @Test
    void seventyTwoHoursAreCountedOnTheClockNotInDays() {
        DeadlineRule care = DeadlineRules.standard().rule("DISCHARGE_CARE_72H").orElseThrow();
        Instant discharged = Instant.parse("2026-03-11T15:30:00Z");

        assertThat(care.dueFrom(discharged).dueAt()).isEqualTo(Instant.parse("2026-03-14T15:30:00Z"));
    }

    @Test
    void aNewRuleVersionRecomputesTheDueDateFromTheSameStart() {
        DeadlineRule v1 = DeadlineRules.standard().rule("ADI_FIRST_MEETING").orElseThrow();
        DeadlineRule v2 = new DeadlineRule(v1.id(), 2, v1.labelIt(), v1.labelEn(), v1.owner(), v1.scope(), v1.start(),
                v1.stop(), v1.reschedule(), "P60D", v1.exemptions(), v1.effect(), "a later decree");
        OpenDeadline underV1 = opened(PLANNER.changesFor(application(LocalDate.of(2026, 1, 10), null)),
                "ADI_FIRST_MEETING");

        OpenDeadline underV2 = underV1.recomputedWith(v2);

        assertThat(underV2.ruleVersion()).isEqualTo(2);
        assertThat(underV2.dueOn()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(underV2.deadlineId()).isEqualTo(underV1.deadlineId());
        assertThat(underV2.missed().ruleVersion()).isEqualTo(2);
    }

    @Test
    void eventsWithoutClocksChangeNothing() {
        assertThat(PLANNER.changesFor("not an event")).isEmpty();
    }

    private static AdiApplicationReceived application(LocalDate pad, LocalDate clockStart) {
        LocalDate start = pad.withDayOfMonth(1).plusMonths(1);
        return new AdiApplicationReceived(ADI, CASE, null, PERSON, pad, clockStart == null ? pad : clockStart, start,
                start.plusMonths(18).minusDays(1), List.of());
    }

    private static OpenDeadline opened(List<ClockChange> changes, String rule) {
        List<OpenDeadline> all = openedAll(changes, rule);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static List<OpenDeadline> openedAll(List<ClockChange> changes, String rule) {
        List<OpenDeadline> result = new ArrayList<>();
        changes.forEach(c -> {
            if (c instanceof ClockChange.Open open && open.deadline().ruleId().equals(rule)) {
                result.add(open.deadline());
            }
        });
        return result;
    }

    private static List<String> openedRules(List<ClockChange> changes) {
        return changes.stream().filter(ClockChange.Open.class::isInstance)
                .map(c -> ((ClockChange.Open) c).deadline().ruleId()).toList();
    }

    private static List<String> closed(List<ClockChange> changes) {
        return changes.stream().filter(ClockChange.Close.class::isInstance)
                .map(c -> ((ClockChange.Close) c).clockId()).toList();
    }
}

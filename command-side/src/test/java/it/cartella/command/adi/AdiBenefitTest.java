package it.cartella.command.adi;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.adi.AdiApplicationReceived;
import it.cartella.kernel.adi.AdiForfeitureMarked;
import it.cartella.kernel.adi.AdiRenewed;
import it.cartella.kernel.adi.AdiResumed;
import it.cartella.kernel.adi.AdiSuspended;
import it.cartella.kernel.adi.FirstMeetingHeld;
import it.cartella.kernel.adi.MeetingMissed;
import it.cartella.kernel.adi.PositionUpdated;
import it.cartella.kernel.adi.ReceiveAdiApplication;
import it.cartella.kernel.adi.RecordFirstMeeting;
import it.cartella.kernel.adi.RecordMissedMeeting;
import it.cartella.kernel.adi.RenewAdi;
import it.cartella.kernel.adi.UpdateExemption;
import it.cartella.kernel.adi.UpdatePosition;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.deadline.DeadlineMissed;
import it.cartella.kernel.deadline.DeadlineOwner;
import it.cartella.kernel.deadline.LapsedDeadline;
import it.cartella.kernel.deadline.OwnerType;
import it.cartella.kernel.deadline.RecordMissedAdiDeadline;
import it.cartella.kernel.deadline.RuleEffect;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.AdiBenefitId;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.id.PersonId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static it.cartella.command.DomainErrors.assertInvalid;
import static it.cartella.command.DomainErrors.expectRefused;

class AdiBenefitTest {

    static final AdiBenefitId ADI = AdiBenefitId.of("adi-1");
    static final CaseId CASE = CaseId.of("case-1");
    static final HouseholdId HOUSEHOLD = HouseholdId.of("household-1");
    static final PersonId APPLICANT = PersonId.of("person-1");
    static final LocalDate PAD = LocalDate.of(2025, 1, 10);
    static final DeadlineOwner OWNER = new DeadlineOwner(OwnerType.ADI_BENEFIT, "adi-1");

    private AggregateTestFixture<AdiBenefit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AdiBenefit.class);
        fixture.registerCommandTargetResolver(CommandRouting.resolver());
    }

    static AdiApplicationReceived received(List<UpdateExemption> exemptions) {
        return new AdiApplicationReceived(ADI, CASE, HOUSEHOLD, APPLICANT, PAD, PAD, LocalDate.of(2025, 2, 1),
                LocalDate.of(2026, 7, 31), exemptions);
    }

    static LapsedDeadline missed(String rule, RuleEffect effect, LocalDate startedOn, LocalDate dueOn) {
        return new LapsedDeadline(rule + "|adi-1|" + startedOn, rule, 1, effect, CASE,
                startedOn.atStartOfDay(Require.ITALY).toInstant(), dueOn,
                dueOn.plusDays(1).atStartOfDay(Require.ITALY).toInstant());
    }

    static final LapsedDeadline FIRST_MEETING_MISSED =
            missed("ADI_FIRST_MEETING", RuleEffect.SUSPEND_BENEFIT, PAD, PAD.plusDays(120));

    @Test
    void anApplicationStatesTheEighteenMonthsFromTheMonthAfterThePad() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveAdiApplication(ADI, CASE, HOUSEHOLD, APPLICANT, PAD, null,
                        Set.of(UpdateExemption.OVER_60)))
                .expectEvents(received(List.of(UpdateExemption.OVER_60)));
    }

    @Test
    void theClockMayNotStartBeforeThePad() {
        assertInvalid(() -> new ReceiveAdiApplication(ADI, CASE, HOUSEHOLD, APPLICANT, PAD, PAD.minusDays(1), null),
                "clockStartsOn", "CLOCK_BEFORE_PAD");
    }

    @Test
    void theFirstMeetingCarriesTheExemptionsForTheClocksItStarts() {
        fixture.given(received(List.of(UpdateExemption.DISABLED)))
                .when(new RecordFirstMeeting(ADI, LocalDate.of(2025, 3, 1)))
                .expectEvents(new FirstMeetingHeld(ADI, CASE, APPLICANT, 1, LocalDate.of(2025, 3, 1),
                        List.of(UpdateExemption.DISABLED)));
        expectRefused(fixture.given(received(List.of()),
                        new FirstMeetingHeld(ADI, CASE, APPLICANT, 1, LocalDate.of(2025, 3, 1), List.of()))
                .when(new RecordFirstMeeting(ADI, LocalDate.of(2025, 3, 2))),
                DomainException.Kind.CONFLICT, "FIRST_MEETING_ALREADY_HELD");
        expectRefused(fixture.given(received(List.of())).when(new RecordFirstMeeting(ADI, PAD.minusDays(1))),
                DomainException.Kind.INVALID, "MEETING_BEFORE_PAD");
    }

    @Test
    void aMissedFirstMeetingDeadlineSuspendsTheBenefitUntilTheMeetingIsRecorded() {
        fixture.given(received(List.of()))
                .when(new RecordMissedAdiDeadline(ADI, FIRST_MEETING_MISSED))
                .expectEvents(DeadlineMissed.of(FIRST_MEETING_MISSED, OWNER),
                        new AdiSuspended(ADI, CASE, "ADI_FIRST_MEETING", FIRST_MEETING_MISSED.deadlineId(),
                                PAD.plusDays(121)));

        fixture.given(received(List.of()), DeadlineMissed.of(FIRST_MEETING_MISSED, OWNER),
                        new AdiSuspended(ADI, CASE, "ADI_FIRST_MEETING", FIRST_MEETING_MISSED.deadlineId(),
                                PAD.plusDays(121)))
                .when(new RecordFirstMeeting(ADI, LocalDate.of(2025, 6, 1)))
                .expectEvents(new FirstMeetingHeld(ADI, CASE, APPLICANT, 1, LocalDate.of(2025, 6, 1), List.of()),
                        new AdiResumed(ADI, CASE, "ADI_FIRST_MEETING", LocalDate.of(2025, 6, 1)));
    }

    @Test
    void aMissIsRecordedExactlyOncePerDeadline() {
        fixture.given(received(List.of()), DeadlineMissed.of(FIRST_MEETING_MISSED, OWNER),
                        new AdiSuspended(ADI, CASE, "ADI_FIRST_MEETING", FIRST_MEETING_MISSED.deadlineId(),
                                PAD.plusDays(121)))
                .when(new RecordMissedAdiDeadline(ADI, FIRST_MEETING_MISSED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aMissThatArrivesAfterTheAwaitedFactChangesNothing() {
        fixture.given(received(List.of()), new FirstMeetingHeld(ADI, CASE, APPLICANT, 1, LocalDate.of(2025, 5, 9), List.of()))
                .when(new RecordMissedAdiDeadline(ADI, FIRST_MEETING_MISSED))
                .expectNoEvents();
        LapsedDeadline update = missed("ADI_POSITION_UPDATE", RuleEffect.SUSPEND_BENEFIT,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 30));
        fixture.given(received(List.of()), new FirstMeetingHeld(ADI, CASE, APPLICANT, 1, LocalDate.of(2025, 3, 1), List.of()),
                        new PositionUpdated(ADI, CASE, APPLICANT, LocalDate.of(2025, 5, 30), List.of()))
                .when(new RecordMissedAdiDeadline(ADI, update))
                .expectNoEvents();
    }

    @Test
    void aMissedPositionUpdateSuspendsAndTheUpdateResumes() {
        LapsedDeadline update = missed("ADI_POSITION_UPDATE", RuleEffect.SUSPEND_BENEFIT,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 30));
        FirstMeetingHeld meeting = new FirstMeetingHeld(ADI, CASE, APPLICANT, 1, LocalDate.of(2025, 3, 1), List.of());
        fixture.given(received(List.of()), meeting)
                .when(new RecordMissedAdiDeadline(ADI, update))
                .expectEvents(DeadlineMissed.of(update, OWNER),
                        new AdiSuspended(ADI, CASE, "ADI_POSITION_UPDATE", update.deadlineId(),
                                LocalDate.of(2025, 5, 31)));
        fixture.given(received(List.of()), meeting, DeadlineMissed.of(update, OWNER),
                        new AdiSuspended(ADI, CASE, "ADI_POSITION_UPDATE", update.deadlineId(),
                                LocalDate.of(2025, 5, 31)))
                .when(new UpdatePosition(ADI, LocalDate.of(2025, 6, 10)))
                .expectEvents(new PositionUpdated(ADI, CASE, APPLICANT, LocalDate.of(2025, 6, 10), List.of()),
                        new AdiResumed(ADI, CASE, "ADI_POSITION_UPDATE", LocalDate.of(2025, 6, 10)));
        expectRefused(fixture.given(received(List.of())).when(new UpdatePosition(ADI, LocalDate.of(2025, 6, 10))),
                DomainException.Kind.CONFLICT, "FIRST_MEETING_NOT_HELD");
    }

    @Test
    void aWorklistDeadlineIsRecordedWithoutSuspending() {
        LapsedDeadline pais = missed("PAIS_SIGNATURE", RuleEffect.WORKLIST, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 4, 30));
        fixture.given(received(List.of()), new FirstMeetingHeld(ADI, CASE, APPLICANT, 1, LocalDate.of(2025, 3, 1), List.of()))
                .when(new RecordMissedAdiDeadline(ADI, pais))
                .expectEvents(DeadlineMissed.of(pais, OWNER));
    }

    @Test
    void aNoShowWithoutJustificationMarksTheHouseholdForLossOfTheBenefit() {
        LocalDate convocation = LocalDate.of(2025, 3, 5);
        fixture.given(received(List.of()))
                .when(new RecordMissedMeeting(ADI, convocation, false, null))
                .expectEvents(new MeetingMissed(ADI, CASE, APPLICANT, convocation, false, null),
                        new AdiForfeitureMarked(ADI, CASE, HOUSEHOLD, AdiForfeitureMarked.NO_SHOW, convocation));
        fixture.given(received(List.of()))
                .when(new RecordMissedMeeting(ADI, convocation, true, "Ricoverata"))
                .expectEvents(new MeetingMissed(ADI, CASE, APPLICANT, convocation, true, "Ricoverata"));
        assertInvalid(() -> new RecordMissedMeeting(ADI, convocation, true, " "), "justification",
                "JUSTIFICATION_REQUIRED");
    }

    @Test
    void aForfeitedBenefitTakesNoFurtherFactsAndIgnoresLateMisses() {
        AdiForfeitureMarked forfeited = new AdiForfeitureMarked(ADI, CASE, HOUSEHOLD, AdiForfeitureMarked.NO_SHOW,
                LocalDate.of(2025, 3, 5));
        expectRefused(fixture.given(received(List.of()), forfeited)
                        .when(new RecordFirstMeeting(ADI, LocalDate.of(2025, 3, 6))),
                DomainException.Kind.CONFLICT, "ADI_FORFEITED");
        fixture.given(received(List.of()), forfeited)
                .when(new RecordMissedAdiDeadline(ADI, FIRST_MEETING_MISSED))
                .expectNoEvents();
    }

    @Test
    void aRenewalComesAfterTheEighteenMonthsAndOneMonthOfPause() {
        fixture.given(received(List.of()), new FirstMeetingHeld(ADI, CASE, APPLICANT, 1, LocalDate.of(2025, 3, 1), List.of()))
                .when(new RenewAdi(ADI, LocalDate.of(2026, 8, 20)))
                .expectEvents(new AdiRenewed(ADI, CASE, 2, LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 1),
                        LocalDate.of(2027, 8, 31)));
        expectRefused(fixture.given(received(List.of())).when(new RenewAdi(ADI, LocalDate.of(2026, 7, 20))),
                DomainException.Kind.INVALID, "ADI_RENEWAL_TOO_EARLY");
    }

    @Test
    void aRenewalAsksForAFirstMeetingAgain() {
        fixture.given(received(List.of()), new FirstMeetingHeld(ADI, CASE, APPLICANT, 1, LocalDate.of(2025, 3, 1), List.of()),
                        new AdiRenewed(ADI, CASE, 2, LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 1),
                                LocalDate.of(2027, 8, 31)))
                .when(new RecordFirstMeeting(ADI, LocalDate.of(2026, 9, 15)))
                .expectEvents(new FirstMeetingHeld(ADI, CASE, APPLICANT, 2, LocalDate.of(2026, 9, 15), List.of()));
    }
}

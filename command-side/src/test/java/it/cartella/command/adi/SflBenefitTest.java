package it.cartella.command.adi;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.adi.ConfirmSflParticipation;
import it.cartella.kernel.adi.ExtendSfl;
import it.cartella.kernel.adi.SflExtended;
import it.cartella.kernel.adi.SflParticipationConfirmed;
import it.cartella.kernel.adi.SflStarted;
import it.cartella.kernel.adi.StartSfl;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.deadline.DeadlineMissed;
import it.cartella.kernel.deadline.DeadlineOwner;
import it.cartella.kernel.deadline.LapsedDeadline;
import it.cartella.kernel.deadline.OwnerType;
import it.cartella.kernel.deadline.RecordMissedSflDeadline;
import it.cartella.kernel.deadline.RuleEffect;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.SflBenefitId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static it.cartella.command.DomainErrors.assertInvalid;
import static it.cartella.command.DomainErrors.expectRefused;

class SflBenefitTest {

    static final SflBenefitId SFL = SflBenefitId.of("sfl-1");
    static final CaseId CASE = CaseId.of("case-1");
    static final PersonId PERSON = PersonId.of("person-1");
    static final LocalDate START = LocalDate.of(2025, 9, 1);
    static final SflStarted STARTED = new SflStarted(SFL, CASE, PERSON, START, LocalDate.of(2026, 8, 31));

    private AggregateTestFixture<SflBenefit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SflBenefit.class);
        fixture.registerCommandTargetResolver(CommandRouting.resolver());
    }

    @Test
    void theSflRunsTwelveMonths() {
        fixture.givenNoPriorActivity()
                .when(new StartSfl(SFL, CASE, PERSON, START))
                .expectEvents(STARTED);
    }

    @Test
    void participationIsConfirmedWithinThePeriod() {
        fixture.given(STARTED)
                .when(new ConfirmSflParticipation(SFL, LocalDate.of(2025, 11, 20)))
                .expectEvents(new SflParticipationConfirmed(SFL, CASE, LocalDate.of(2025, 11, 20)));
        expectRefused(fixture.given(STARTED).when(new ConfirmSflParticipation(SFL, START.minusDays(1))),
                DomainException.Kind.INVALID, "OUTSIDE_SFL_PERIOD");
    }

    @Test
    void aBeneficiaryInTrainingGetsTwelveMoreMonthsOnce() {
        fixture.given(STARTED)
                .when(new ExtendSfl(SFL, true))
                .expectEvents(new SflExtended(SFL, CASE, LocalDate.of(2026, 8, 31), LocalDate.of(2027, 8, 31)));
        expectRefused(fixture.given(STARTED, new SflExtended(SFL, CASE, LocalDate.of(2026, 8, 31),
                        LocalDate.of(2027, 8, 31))).when(new ExtendSfl(SFL, true)),
                DomainException.Kind.CONFLICT, "SFL_ALREADY_EXTENDED");
        assertInvalid(() -> new ExtendSfl(SFL, false), "inTraining", "SFL_EXTENSION_NEEDS_TRAINING");
    }

    @Test
    void aMissedConfirmationIsRecordedOnce() {
        LapsedDeadline lapsed = new LapsedDeadline("SFL_PARTICIPATION_CONFIRMATION|sfl-1|x",
                "SFL_PARTICIPATION_CONFIRMATION", 1, RuleEffect.WORKLIST, CASE,
                START.atStartOfDay(Require.ITALY).toInstant(), START.plusDays(90),
                START.plusDays(91).atStartOfDay(Require.ITALY).toInstant());
        DeadlineMissed missed = DeadlineMissed.of(lapsed, new DeadlineOwner(OwnerType.SFL_BENEFIT, "sfl-1"));
        fixture.given(STARTED).when(new RecordMissedSflDeadline(SFL, lapsed)).expectEvents(missed);
        fixture.given(STARTED, missed).when(new RecordMissedSflDeadline(SFL, lapsed)).expectNoEvents();
    }
}

package it.cartella.command.adi;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.adi.AdiApplicationReceived;
import it.cartella.kernel.adi.AdiForfeitureMarked;
import it.cartella.kernel.adi.AdiPeriods;
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
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static it.cartella.kernel.privacy.PersonalDataCategory.SEALED_VIOLENCE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The Assegno di Inclusione of one household, as the social service follows it: from the household's arrival after
 * the PAD to the first meeting, the position updates, renewals, suspensions and a loss of the benefit to report.
 * <p>
 * One per case (the household's case), its own aggregate: the benefit has a lifecycle and clocks the case does not
 * have, and INPS-facing facts (suspension, forfeiture) must not contend with the case's diary. The clocks are the
 * deadline engine's; this aggregate records their misses once each and applies their effects.
 */
@Aggregate(commandTargetResolver = CommandRouting.RESOLVER)
public class AdiBenefit {

    static final String FIRST_MEETING_RULE = "ADI_FIRST_MEETING";
    static final String POSITION_UPDATE_RULE = "ADI_POSITION_UPDATE";

    @AggregateIdentifier
    private AdiBenefitId adiBenefitId;
    private CaseId caseId;
    private HouseholdId householdId;
    @DataSubject
    private PersonId applicant;
    /** Annotated like in the events, so a snapshot stores it encrypted. */
    @PersonalData(SEALED_VIOLENCE)
    private List<UpdateExemption> exemptions;
    private int period;
    private LocalDate padSignedOn;
    private LocalDate periodEndsOn;
    private boolean firstMeetingHeld;
    /** The first meeting or the last position update of the period: what the next update is counted from. */
    private LocalDate lastPositionOn;
    private boolean forfeited;
    /** The rules whose miss keeps the benefit suspended. */
    private final Set<String> suspendedFor = new LinkedHashSet<>();
    private final Set<String> missedDeadlines = new HashSet<>();

    protected AdiBenefit() {
        // Axon rebuilds the benefit from its events.
    }

    @CommandHandler
    public AdiBenefit(ReceiveAdiApplication command) {
        LocalDate start = AdiPeriods.startsFor(command.padSignedOn());
        apply(new AdiApplicationReceived(command.adiBenefitId(), command.caseId(), command.householdId(),
                command.applicant(), command.padSignedOn(), command.clockStartsOn(), start,
                AdiPeriods.lastDay(start, AdiPeriods.FIRST_PERIOD_MONTHS), UpdateExemption.normalised(command.exemptions())));
    }

    @CommandHandler
    void handle(RecordFirstMeeting command) {
        requireNotForfeited();
        if (firstMeetingHeld) {
            throw DomainException.conflict("FIRST_MEETING_ALREADY_HELD",
                    "Il primo incontro di questo periodo è già registrato.",
                    "The first meeting of this period is already recorded.");
        }
        requireNotBeforePad(command.heldOn(), "heldOn");
        apply(new FirstMeetingHeld(adiBenefitId, caseId, applicant, period, command.heldOn(), exemptions));
        resumeIfSuspendedFor(FIRST_MEETING_RULE, command.heldOn());
    }

    @CommandHandler
    void handle(RecordMissedMeeting command) {
        requireNotForfeited();
        requireNotBeforePad(command.scheduledOn(), "scheduledOn");
        apply(new MeetingMissed(adiBenefitId, caseId, applicant, command.scheduledOn(), command.justified(),
                command.justification()));
        if (!command.justified()) {
            apply(new AdiForfeitureMarked(adiBenefitId, caseId, householdId, AdiForfeitureMarked.NO_SHOW,
                    command.scheduledOn()));
        }
    }

    @CommandHandler
    void handle(UpdatePosition command) {
        requireNotForfeited();
        if (!firstMeetingHeld) {
            throw DomainException.conflict("FIRST_MEETING_NOT_HELD",
                    "La posizione si aggiorna dopo il primo incontro del periodo.",
                    "The position is updated after the period's first meeting.");
        }
        Require.notBefore(command.updatedOn(), lastPositionOn, "updatedOn", "UPDATE_BEFORE_LAST",
                "L'aggiornamento non può precedere l'ultimo registrato.",
                "The update cannot precede the last one recorded.");
        apply(new PositionUpdated(adiBenefitId, caseId, applicant, command.updatedOn(), exemptions));
        resumeIfSuspendedFor(POSITION_UPDATE_RULE, command.updatedOn());
    }

    @CommandHandler
    void handle(RenewAdi command) {
        requireNotForfeited();
        LocalDate start = AdiPeriods.startsFor(command.padSignedOn());
        if (start.isBefore(AdiPeriods.earliestRenewalStart(periodEndsOn))) {
            throw DomainException.invalid("padSignedOn", "ADI_RENEWAL_TOO_EARLY",
                    "Il rinnovo decorre solo dopo la fine del periodo e un mese di sospensione.",
                    "A renewal runs only after the period's end and one month of pause.");
        }
        for (String rule : Set.copyOf(suspendedFor)) {
            apply(new AdiResumed(adiBenefitId, caseId, rule, start));
        }
        apply(new AdiRenewed(adiBenefitId, caseId, period + 1, command.padSignedOn(), start,
                AdiPeriods.lastDay(start, AdiPeriods.RENEWAL_MONTHS)));
    }

    /**
     * Records a missed deadline once. A miss that arrives after the awaited fact (the engine may lag behind the
     * events) or after the benefit was marked lost changes nothing.
     */
    @CommandHandler
    void handle(RecordMissedAdiDeadline command) {
        LapsedDeadline missed = command.deadline();
        if (missedDeadlines.contains(missed.deadlineId()) || forfeited || awaitedFactRecorded(missed)) {
            return;
        }
        apply(DeadlineMissed.of(missed, new DeadlineOwner(OwnerType.ADI_BENEFIT, adiBenefitId.value())));
        if (missed.effect() == RuleEffect.SUSPEND_BENEFIT && !suspendedFor.contains(missed.ruleId())) {
            apply(new AdiSuspended(adiBenefitId, caseId, missed.ruleId(), missed.deadlineId(),
                    LocalDate.ofInstant(missed.dueAt(), Require.ITALY)));
        }
    }

    private boolean awaitedFactRecorded(LapsedDeadline missed) {
        LocalDate started = LocalDate.ofInstant(missed.startedAt(), Require.ITALY);
        return switch (missed.ruleId()) {
            case FIRST_MEETING_RULE -> firstMeetingHeld;
            case POSITION_UPDATE_RULE -> lastPositionOn != null && lastPositionOn.isAfter(started);
            default -> false;
        };
    }

    private void resumeIfSuspendedFor(String rule, LocalDate on) {
        if (suspendedFor.contains(rule)) {
            apply(new AdiResumed(adiBenefitId, caseId, rule, on));
        }
    }

    private void requireNotForfeited() {
        if (forfeited) {
            throw DomainException.conflict("ADI_FORFEITED",
                    "Il nucleo è segnalato per la decadenza dal beneficio.",
                    "The household is marked for loss of the benefit.");
        }
    }

    private void requireNotBeforePad(LocalDate date, String field) {
        if (date.isBefore(padSignedOn)) {
            throw DomainException.invalid(field, "MEETING_BEFORE_PAD",
                    "L'incontro non può precedere la firma del PAD.", "The meeting cannot precede the PAD signature.");
        }
    }

    @EventSourcingHandler
    void on(AdiApplicationReceived event) {
        adiBenefitId = event.adiBenefitId();
        caseId = event.caseId();
        householdId = event.householdId();
        applicant = event.applicant();
        exemptions = event.exemptions();
        period = 1;
        padSignedOn = event.padSignedOn();
        periodEndsOn = event.periodEndsOn();
    }

    @EventSourcingHandler
    void on(FirstMeetingHeld event) {
        firstMeetingHeld = true;
        lastPositionOn = event.heldOn();
    }

    @EventSourcingHandler
    void on(PositionUpdated event) {
        lastPositionOn = event.updatedOn();
    }

    @EventSourcingHandler
    void on(AdiForfeitureMarked event) {
        forfeited = true;
    }

    @EventSourcingHandler
    void on(AdiRenewed event) {
        period = event.period();
        padSignedOn = event.padSignedOn();
        periodEndsOn = event.periodEndsOn();
        firstMeetingHeld = false;
        lastPositionOn = null;
    }

    @EventSourcingHandler
    void on(DeadlineMissed event) {
        missedDeadlines.add(event.deadlineId());
    }

    @EventSourcingHandler
    void on(AdiSuspended event) {
        suspendedFor.add(event.ruleId());
    }

    @EventSourcingHandler
    void on(AdiResumed event) {
        suspendedFor.remove(event.ruleId());
    }
}

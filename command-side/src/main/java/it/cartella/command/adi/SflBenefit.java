package it.cartella.command.adi;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.adi.ConfirmSflParticipation;
import it.cartella.kernel.adi.ExtendSfl;
import it.cartella.kernel.adi.SflExtended;
import it.cartella.kernel.adi.SflParticipationConfirmed;
import it.cartella.kernel.adi.SflStarted;
import it.cartella.kernel.adi.StartSfl;
import it.cartella.kernel.deadline.DeadlineMissed;
import it.cartella.kernel.deadline.DeadlineOwner;
import it.cartella.kernel.deadline.OwnerType;
import it.cartella.kernel.deadline.RecordMissedSflDeadline;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.SflBenefitId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The Supporto per la Formazione e il Lavoro of one person: 12 months, extended once by 12 for a beneficiary in
 * training, with participation confirmed every 90 days. Its own aggregate, as the Assegno di Inclusione is: a
 * different measure with clocks of its own. The clocks are the deadline engine's; this records their misses once.
 */
@Aggregate(commandTargetResolver = CommandRouting.RESOLVER)
public class SflBenefit {

    static final int MONTHS = 12;

    @AggregateIdentifier
    private SflBenefitId sflBenefitId;
    private CaseId caseId;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private boolean extended;
    private final Set<String> missedDeadlines = new HashSet<>();

    protected SflBenefit() {
        // Axon rebuilds the benefit from its events.
    }

    @CommandHandler
    public SflBenefit(StartSfl command) {
        apply(new SflStarted(command.sflBenefitId(), command.caseId(), command.beneficiary(), command.startsOn(),
                command.startsOn().plusMonths(MONTHS).minusDays(1)));
    }

    @CommandHandler
    void handle(ConfirmSflParticipation command) {
        if (command.confirmedOn().isBefore(startsOn) || command.confirmedOn().isAfter(endsOn)) {
            throw DomainException.invalid("confirmedOn", "OUTSIDE_SFL_PERIOD",
                    "La conferma è fuori dal periodo del SFL.", "The confirmation lies outside the SFL period.");
        }
        apply(new SflParticipationConfirmed(sflBenefitId, caseId, command.confirmedOn()));
    }

    @CommandHandler
    void handle(ExtendSfl command) {
        if (extended) {
            throw DomainException.conflict("SFL_ALREADY_EXTENDED",
                    "Il SFL è già stato prorogato.", "The SFL has already been extended.");
        }
        apply(new SflExtended(sflBenefitId, caseId, endsOn, endsOn.plusMonths(MONTHS)));
    }

    @CommandHandler
    void handle(RecordMissedSflDeadline command) {
        if (missedDeadlines.contains(command.deadline().deadlineId())) {
            return;
        }
        apply(DeadlineMissed.of(command.deadline(), new DeadlineOwner(OwnerType.SFL_BENEFIT, sflBenefitId.value())));
    }

    @EventSourcingHandler
    void on(SflStarted event) {
        sflBenefitId = event.sflBenefitId();
        caseId = event.caseId();
        startsOn = event.startsOn();
        endsOn = event.endsOn();
    }

    @EventSourcingHandler
    void on(SflExtended event) {
        extended = true;
        endsOn = event.endsOn();
    }

    @EventSourcingHandler
    void on(DeadlineMissed event) {
        missedDeadlines.add(event.deadlineId());
    }
}

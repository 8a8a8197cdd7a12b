package it.cartella.command.intervention;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.InterventionId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.intervention.ActivateIntervention;
import it.cartella.kernel.intervention.DeliveryRecorded;
import it.cartella.kernel.intervention.EndIntervention;
import it.cartella.kernel.intervention.InterventionActivated;
import it.cartella.kernel.intervention.InterventionEnded;
import it.cartella.kernel.intervention.RecordDelivery;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An intervention of the service catalogue delivered to the person of a case: activation, deliveries, end.
 * <p>
 * Its own aggregate, linked to the case: providers record deliveries on it concurrently with the case manager's
 * work on the case, and a case may have dozens of interventions, whose deliveries would otherwise make the case's
 * stream long and contended.
 * <p>
 * A delivery may be recorded after the end, for days the intervention ran: providers report after the fact.
 */
@Aggregate(commandTargetResolver = CommandRouting.RESOLVER)
public class Intervention {

    @AggregateIdentifier
    private InterventionId interventionId;
    private PersonId beneficiary;
    private LocalDate start;
    private LocalDate endedOn;

    protected Intervention() {
        // Axon rebuilds the intervention from its events.
    }

    @CommandHandler
    public Intervention(ActivateIntervention command) {
        apply(new InterventionActivated(command.interventionId(), command.caseId(), command.beneficiary(),
                command.service(), command.provider(), command.funding(), command.start(), command.plannedEnd(),
                command.plannedHours(), command.plannedAmount()));
    }

    @CommandHandler
    void handle(RecordDelivery command) {
        if (command.deliveredOn().isBefore(start) || endedOn != null && command.deliveredOn().isAfter(endedOn)) {
            throw DomainException.invalid("deliveredOn", "DELIVERY_OUTSIDE_INTERVENTION",
                    "La prestazione è fuori dal periodo dell'intervento.",
                    "The delivery lies outside the intervention's period.");
        }
        apply(new DeliveryRecorded(interventionId, beneficiary, command.deliveredOn(), command.hours(),
                command.amount()));
    }

    @CommandHandler
    void handle(EndIntervention command) {
        if (endedOn != null) {
            throw DomainException.conflict("INTERVENTION_ENDED",
                    "L'intervento è già concluso.", "The intervention has already ended.");
        }
        if (command.endedOn().isBefore(start)) {
            throw DomainException.invalid("endedOn", "END_BEFORE_START",
                    "La fine non può precedere l'inizio.", "The end cannot precede the start.");
        }
        apply(new InterventionEnded(interventionId, beneficiary, command.endedOn(), command.outcome(),
                command.note()));
    }

    @EventSourcingHandler
    void on(InterventionActivated event) {
        interventionId = event.interventionId();
        beneficiary = event.beneficiary();
        start = event.start();
    }

    @EventSourcingHandler
    void on(InterventionEnded event) {
        endedOn = event.endedOn();
    }
}

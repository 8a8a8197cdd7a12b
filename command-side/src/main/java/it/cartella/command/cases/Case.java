package it.cartella.command.cases;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.cases.OpenCase;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A case (<i>presa in carico</i>) of a person or a household, from opening to closure.
 * <p>
 * The case keeps only the state its rules need; everything else lives in its events for the read side.
 */
@Aggregate(commandTargetResolver = CommandRouting.RESOLVER)
public class Case {

    @AggregateIdentifier
    private CaseId caseId;

    protected Case() {
        // Axon rebuilds the case from its events.
    }

    @CommandHandler
    public Case(OpenCase command) {
        apply(new CaseOpened(command.caseId(), command.personId(), command.owningOrganisation(),
                command.residenceComune(), command.macroArea(), command.channel(), command.activationMode(),
                command.caseManager(), command.householdId(),
                command.openedOn() != null ? command.openedOn() : Require.today()));
    }

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseId = event.caseId();
    }
}

package it.cartella.command.access;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.access.BreakGlass;
import it.cartella.kernel.access.BreakGlassUsed;
import it.cartella.kernel.access.CaseSealed;
import it.cartella.kernel.access.SealCase;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.SealId;
import it.cartella.kernel.id.UserId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The seal of a case: who its sealed team is, and every break-glass access to it. Its own aggregate, one per
 * case ({@link SealId#of(CaseId)}), so sealing never contends with the case's own work.
 */
@Aggregate(commandTargetResolver = CommandRouting.RESOLVER)
public class CaseSeal {

    @AggregateIdentifier
    private SealId sealId;
    private CaseId caseId;
    private Set<UserId> members = Set.of();
    private String shelter;

    protected CaseSeal() {
        // Axon rebuilds the seal from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SealCase command) {
        if (command.members().equals(members) && Objects.equals(command.shelter(), shelter)) {
            return;  // sealed already with this team and shelter
        }
        apply(new CaseSealed(command.sealId(), command.caseId(), command.owningOrganisation(), command.members(),
                command.sealedBy(), command.personId(), command.shelter()));
    }

    @CommandHandler
    void handle(BreakGlass command) {
        if (members.contains(command.user())) {
            throw DomainException.conflict("ALREADY_IN_SEALED_TEAM",
                    "Fa già parte del gruppo autorizzato: l'accesso di emergenza non serve.",
                    "You are in the sealed team already: no emergency access is needed.");
        }
        apply(new BreakGlassUsed(sealId, caseId, command.personId(), command.user(), command.organisation(),
                command.justification(), Instant.now().plus(command.duration())));
    }

    @EventSourcingHandler
    void on(CaseSealed event) {
        sealId = event.sealId();
        caseId = event.caseId();
        members = event.members();
        shelter = event.shelter();
    }
}

package it.cartella.command.sharing;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.ShareGrantId;
import it.cartella.kernel.sharing.GrantShare;
import it.cartella.kernel.sharing.RevokeShare;
import it.cartella.kernel.sharing.ShareGranted;
import it.cartella.kernel.sharing.ShareRevoked;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One organisation lets another see part of a case, for a purpose, on a legal basis, until an expiry. Expiry needs
 * no event: whoever decides access compares it with the time of the request. Revocation is an event, and final.
 */
@Aggregate(commandTargetResolver = CommandRouting.RESOLVER)
public class ShareGrant {

    @AggregateIdentifier
    private ShareGrantId shareGrantId;
    private CaseId caseId;
    private OrganisationId grantingOrganisation;
    private boolean revoked;

    protected ShareGrant() {
        // Axon rebuilds the grant from its events.
    }

    @CommandHandler
    public ShareGrant(GrantShare command) {
        if (command.recipient().equals(command.grantingOrganisation())) {
            throw DomainException.invalid("recipient", "SHARE_WITH_SELF",
                    "Si condivide con un altro ente.", "A case is shared with another organisation.");
        }
        if (!command.expiresAt().isAfter(Instant.now())) {
            throw DomainException.invalid("expiresAt", "EXPIRY_IN_THE_PAST",
                    "La scadenza deve essere futura.", "The expiry must lie in the future.");
        }
        apply(ShareGranted.from(command));
    }

    @CommandHandler
    void handle(RevokeShare command) {
        if (!grantingOrganisation.equals(command.actingOrganisation())) {
            throw DomainException.forbidden("NOT_THE_GRANTOR",
                    "Solo l'ente che ha concesso la condivisione può revocarla.",
                    "Only the organisation that granted the share may revoke it.");
        }
        if (revoked) {
            return;  // revoked already: a repeated request changes nothing
        }
        apply(new ShareRevoked(shareGrantId, caseId, command.revokedBy(), command.reason()));
    }

    @EventSourcingHandler
    void on(ShareGranted event) {
        shareGrantId = event.shareGrantId();
        caseId = event.caseId();
        grantingOrganisation = event.grantingOrganisation();
    }

    @EventSourcingHandler
    void on(ShareRevoked event) {
        revoked = true;
    }
}

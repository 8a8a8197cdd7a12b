package it.cartella.command.referral;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.ReferralId;
import it.cartella.kernel.referral.AcceptReferral;
import it.cartella.kernel.referral.CloseReferral;
import it.cartella.kernel.referral.ReferralAccepted;
import it.cartella.kernel.referral.ReferralClosed;
import it.cartella.kernel.referral.ReferralRejected;
import it.cartella.kernel.referral.ReferralRevoked;
import it.cartella.kernel.referral.ReferralSent;
import it.cartella.kernel.referral.ReferralStatus;
import it.cartella.kernel.referral.RejectReferral;
import it.cartella.kernel.referral.RevokeReferral;
import it.cartella.kernel.referral.SendReferral;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A referral (<i>invio</i>) of a case from one organisation to another: SENT, then ACCEPTED or REJECTED by the
 * receiver; an accepted one is CLOSED by either side; the sender may REVOKE it while it is sent or accepted.
 * Who may make each move is decided here, from the acting organisation the command names.
 */
@Aggregate(commandTargetResolver = CommandRouting.RESOLVER)
public class Referral {

    @AggregateIdentifier
    private ReferralId referralId;
    private CaseId caseId;
    private OrganisationId from;
    private OrganisationId to;
    private ReferralStatus status;

    protected Referral() {
        // Axon rebuilds the referral from its events.
    }

    @CommandHandler
    public Referral(SendReferral command) {
        apply(ReferralSent.from(command));
    }

    @CommandHandler
    void handle(AcceptReferral command) {
        receiverOnly(command.actingOrganisation());
        requireStatus(ReferralStatus.SENT);
        apply(new ReferralAccepted(referralId, caseId, command.actingOrganisation(), command.actedBy()));
    }

    @CommandHandler
    void handle(RejectReferral command) {
        receiverOnly(command.actingOrganisation());
        requireStatus(ReferralStatus.SENT);
        apply(new ReferralRejected(referralId, caseId, command.actingOrganisation(), command.actedBy(),
                command.reason()));
    }

    @CommandHandler
    void handle(CloseReferral command) {
        if (!from.equals(command.actingOrganisation()) && !to.equals(command.actingOrganisation())) {
            throw notAParty();
        }
        requireStatus(ReferralStatus.ACCEPTED);
        apply(new ReferralClosed(referralId, caseId, command.actingOrganisation(), command.actedBy()));
    }

    @CommandHandler
    void handle(RevokeReferral command) {
        if (!from.equals(command.actingOrganisation())) {
            throw DomainException.forbidden("NOT_THE_SENDER", "Solo l'ente inviante può revocare l'invio.",
                    "Only the sending organisation may revoke the referral.");
        }
        if (status != ReferralStatus.SENT && status != ReferralStatus.ACCEPTED) {
            throw wrongStatus();
        }
        apply(new ReferralRevoked(referralId, caseId, command.actingOrganisation(), command.actedBy()));
    }

    private void receiverOnly(OrganisationId acting) {
        if (!to.equals(acting)) {
            throw DomainException.forbidden("NOT_THE_RECEIVER", "Solo l'ente destinatario risponde all'invio.",
                    "Only the receiving organisation answers the referral.");
        }
    }

    private void requireStatus(ReferralStatus expected) {
        if (status != expected) {
            throw wrongStatus();
        }
    }

    private static DomainException notAParty() {
        return DomainException.forbidden("NOT_A_PARTY", "L'ente non è parte dell'invio.",
                "The organisation is not a party to the referral.");
    }

    private static DomainException wrongStatus() {
        return DomainException.conflict("REFERRAL_WRONG_STATUS",
                "L'invio non è nello stato che l'operazione richiede.",
                "The referral is not in the state this operation needs.");
    }

    @EventSourcingHandler
    void on(ReferralSent event) {
        referralId = event.referralId();
        caseId = event.caseId();
        from = event.from();
        to = event.to();
        status = ReferralStatus.SENT;
    }

    @EventSourcingHandler
    void on(ReferralAccepted event) {
        status = ReferralStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(ReferralRejected event) {
        status = ReferralStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(ReferralClosed event) {
        status = ReferralStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(ReferralRevoked event) {
        status = ReferralStatus.REVOKED;
    }
}

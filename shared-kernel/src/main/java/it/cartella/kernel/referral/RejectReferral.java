package it.cartella.kernel.referral;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.ReferralId;
import it.cartella.kernel.id.UserId;

/**
 * The receiving organisation declines the referral.
 *
 * @param actingOrganisation the organisation of the user acting: the referral decides whether it may
 */
public record RejectReferral(@TargetAggregate ReferralId referralId, OrganisationId actingOrganisation, UserId actedBy, RejectionReason reason) {

    public RejectReferral {
        Require.present(referralId, "referralId");
        Require.present(actingOrganisation, "actingOrganisation");
        Require.present(actedBy, "actedBy");
        Require.present(reason, "reason");
    }
}

package it.cartella.kernel.referral;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.ReferralId;
import it.cartella.kernel.id.UserId;

/**
 * The sending organisation withdraws the referral; access through it ends at once.
 *
 * @param actingOrganisation the organisation of the user acting: the referral decides whether it may
 */
public record RevokeReferral(@TargetAggregate ReferralId referralId, OrganisationId actingOrganisation, UserId actedBy) {

    public RevokeReferral {
        Require.present(referralId, "referralId");
        Require.present(actingOrganisation, "actingOrganisation");
        Require.present(actedBy, "actedBy");
    }
}

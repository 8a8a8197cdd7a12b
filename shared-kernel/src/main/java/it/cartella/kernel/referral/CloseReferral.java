package it.cartella.kernel.referral;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.ReferralId;
import it.cartella.kernel.id.UserId;

/**
 * Either side ends an accepted referral: the work it was for is done.
 *
 * @param actingOrganisation the organisation of the user acting: the referral decides whether it may
 */
public record CloseReferral(@TargetAggregate ReferralId referralId, OrganisationId actingOrganisation, UserId actedBy) {

    public CloseReferral {
        Require.present(referralId, "referralId");
        Require.present(actingOrganisation, "actingOrganisation");
        Require.present(actedBy, "actedBy");
    }
}

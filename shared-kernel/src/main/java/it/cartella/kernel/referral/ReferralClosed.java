package it.cartella.kernel.referral;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.ReferralId;
import it.cartella.kernel.id.UserId;

/** An accepted referral ended: the work it was for is done. */
public record ReferralClosed(ReferralId referralId, CaseId caseId, OrganisationId actingOrganisation, UserId actedBy) {

    public ReferralClosed {
        Require.present(referralId, "referralId");
        Require.present(caseId, "caseId");
        Require.present(actingOrganisation, "actingOrganisation");
    }
}

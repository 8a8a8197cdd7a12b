package it.cartella.kernel.referral;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.ReferralId;
import it.cartella.kernel.id.UserId;

/** The sending organisation withdrew the referral. */
public record ReferralRevoked(ReferralId referralId, CaseId caseId, OrganisationId actingOrganisation, UserId actedBy) {

    public ReferralRevoked {
        Require.present(referralId, "referralId");
        Require.present(caseId, "caseId");
        Require.present(actingOrganisation, "actingOrganisation");
    }
}

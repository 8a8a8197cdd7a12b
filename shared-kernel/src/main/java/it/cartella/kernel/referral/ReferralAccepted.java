package it.cartella.kernel.referral;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.ReferralId;
import it.cartella.kernel.id.UserId;

/** The receiving organisation accepted the referral: it sees the referred categories until it is closed or revoked. */
public record ReferralAccepted(ReferralId referralId, CaseId caseId, OrganisationId actingOrganisation, UserId actedBy) {

    public ReferralAccepted {
        Require.present(referralId, "referralId");
        Require.present(caseId, "caseId");
        Require.present(actingOrganisation, "actingOrganisation");
    }
}

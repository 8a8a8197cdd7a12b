package it.cartella.kernel.referral;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.ReferralId;
import it.cartella.kernel.id.UserId;

/** The receiving organisation declined the referral. */
public record ReferralRejected(ReferralId referralId, CaseId caseId, OrganisationId actingOrganisation, UserId actedBy, RejectionReason reason) {

    public ReferralRejected {
        Require.present(referralId, "referralId");
        Require.present(caseId, "caseId");
        Require.present(actingOrganisation, "actingOrganisation");
        Require.present(reason, "reason");
    }
}

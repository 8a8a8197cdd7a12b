package it.cartella.kernel.referral;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.ReferralId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.sharing.SharingTerms;

/** A referral was sent: the fields of {@link SendReferral}. */
public record ReferralSent(ReferralId referralId, CaseId caseId, @DataSubject PersonId personId,
                           OrganisationId from, OrganisationId to, SharingTerms terms, UserId sentBy) {

    public ReferralSent {
        Require.present(referralId, "referralId");
        Require.present(caseId, "caseId");
        Require.present(from, "from");
        Require.present(to, "to");
        Require.present(terms, "terms");
    }

    public static ReferralSent from(SendReferral command) {
        return new ReferralSent(command.referralId(), command.caseId(), command.personId(), command.from(),
                command.to(), command.terms(), command.sentBy());
    }
}

package it.cartella.kernel.referral;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.ReferralId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.sharing.SharingTerms;

/**
 * Refers a case (<i>invio</i>) to another organisation, which sees the categories of the terms once it accepts.
 *
 * @param from the organisation that owns the case
 */
public record SendReferral(ReferralId referralId, CaseId caseId, @DataSubject PersonId personId,
                           OrganisationId from, OrganisationId to, SharingTerms terms, UserId sentBy) {

    public SendReferral {
        Require.present(referralId, "referralId");
        Require.present(caseId, "caseId");
        Require.present(personId, "personId");
        Require.present(from, "from");
        Require.present(to, "to");
        Require.present(terms, "terms");
        Require.present(sentBy, "sentBy");
        if (from.equals(to)) {
            throw DomainException.invalid("to", "REFERRAL_TO_SELF",
                    "Un invio va a un altro ente.", "A referral goes to another organisation.");
        }
    }
}

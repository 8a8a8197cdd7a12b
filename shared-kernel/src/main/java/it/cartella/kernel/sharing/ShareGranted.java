package it.cartella.kernel.sharing;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.ShareGrantId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.privacy.DataSubject;

import java.time.Instant;

/** A share grant was made: the fields of {@link GrantShare}. */
public record ShareGranted(ShareGrantId shareGrantId, CaseId caseId, @DataSubject PersonId personId,
                           OrganisationId grantingOrganisation, OrganisationId recipient, SharingTerms terms,
                           Instant expiresAt, UserId grantedBy) {

    public ShareGranted {
        Require.present(shareGrantId, "shareGrantId");
        Require.present(caseId, "caseId");
        Require.present(recipient, "recipient");
        Require.present(terms, "terms");
        Require.present(expiresAt, "expiresAt");
    }

    public static ShareGranted from(GrantShare command) {
        return new ShareGranted(command.shareGrantId(), command.caseId(), command.personId(),
                command.grantingOrganisation(), command.recipient(), command.terms(), command.expiresAt(),
                command.grantedBy());
    }
}

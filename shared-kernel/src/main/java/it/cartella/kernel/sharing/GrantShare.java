package it.cartella.kernel.sharing;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.ShareGrantId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.privacy.DataSubject;

import java.time.Instant;

/**
 * Lets another organisation see part of a case: the categories of the terms, for their purpose, until the expiry.
 *
 * @param grantingOrganisation the organisation that owns the case
 * @param expiresAt            access ends then, or earlier on revocation
 */
public record GrantShare(ShareGrantId shareGrantId, CaseId caseId, @DataSubject PersonId personId,
                         OrganisationId grantingOrganisation, OrganisationId recipient, SharingTerms terms,
                         Instant expiresAt, UserId grantedBy) {

    public GrantShare {
        Require.present(shareGrantId, "shareGrantId");
        Require.present(caseId, "caseId");
        Require.present(personId, "personId");
        Require.present(grantingOrganisation, "grantingOrganisation");
        Require.present(recipient, "recipient");
        Require.present(terms, "terms");
        Require.present(expiresAt, "expiresAt");
        Require.present(grantedBy, "grantedBy");
    }
}

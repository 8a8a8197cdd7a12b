package it.cartella.kernel.access;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.SealId;
import it.cartella.kernel.id.UserId;

import java.util.Set;

/** A case was sealed, or its sealed team changed: {@code members} is the whole team from now on. */
public record CaseSealed(SealId sealId, CaseId caseId, OrganisationId owningOrganisation, Set<UserId> members,
                         UserId sealedBy) {

    public CaseSealed {
        Require.present(sealId, "sealId");
        Require.present(caseId, "caseId");
        members = Set.copyOf(Require.present(members, "members"));
    }
}

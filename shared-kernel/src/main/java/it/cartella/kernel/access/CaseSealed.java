package it.cartella.kernel.access;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.SealId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.util.Set;

import static it.cartella.kernel.privacy.PersonalDataCategory.SEALED_VIOLENCE;

/**
 * A case was sealed, or its sealed team or shelter changed: {@code members} is the whole team from now on.
 *
 * @param personId the case's person; null in events stored before the shelter was recorded
 * @param shelter  the protected shelter (name and address); null when none: for the sealed team's eyes only
 */
public record CaseSealed(SealId sealId, CaseId caseId, OrganisationId owningOrganisation, Set<UserId> members,
                         UserId sealedBy, @DataSubject PersonId personId,
                         @PersonalData(SEALED_VIOLENCE) String shelter) {

    public CaseSealed {
        Require.present(sealId, "sealId");
        Require.present(caseId, "caseId");
        members = Set.copyOf(Require.present(members, "members"));
    }

    public CaseSealed(SealId sealId, CaseId caseId, OrganisationId owningOrganisation, Set<UserId> members,
                      UserId sealedBy) {
        this(sealId, caseId, owningOrganisation, members, sealedBy, null, null);
    }
}

package it.cartella.kernel.access;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.error.DomainException;
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
 * Seals a case (gender violence, trafficking, a protected shelter), or changes who is in its sealed team. Only the
 * named members see a sealed case, coordinators and partners included; anyone else needs break-glass.
 *
 * @param owningOrganisation the case's organisation, whose coordinator or case manager seals it
 * @param personId           the case's person, whose key protects the shelter
 * @param shelter            the protected shelter the person is in (name and address), when there is one: shown to
 *                           the sealed team only, never to anyone else, break-glass included
 */
public record SealCase(@TargetAggregate SealId sealId, CaseId caseId, OrganisationId owningOrganisation, Set<UserId> members,
                       UserId sealedBy, @DataSubject PersonId personId, @PersonalData(SEALED_VIOLENCE) String shelter) {

    public SealCase {
        Require.present(caseId, "caseId");
        if (!SealId.of(caseId).equals(sealId)) {
            throw DomainException.invalid("sealId", "SEAL_OF_OTHER_CASE",
                    "Il sigillo non è quello del caso.", "The seal is not the case's.");
        }
        Require.present(owningOrganisation, "owningOrganisation");
        Require.present(members, "members");
        if (members.isEmpty()) {
            throw DomainException.invalid("members", "SEAL_WITHOUT_MEMBERS",
                    "Un caso riservato ha almeno un membro autorizzato.", "A sealed case has at least one member.");
        }
        members = Set.copyOf(members);
        Require.present(sealedBy, "sealedBy");
        shelter = shelter == null || shelter.isBlank() ? null : shelter.strip();
        if (shelter != null) {
            Require.present(personId, "personId");
        }
    }

    public SealCase(SealId sealId, CaseId caseId, OrganisationId owningOrganisation, Set<UserId> members,
                    UserId sealedBy) {
        this(sealId, caseId, owningOrganisation, members, sealedBy, null, null);
    }

    public SealCase(CaseId caseId, OrganisationId owningOrganisation, Set<UserId> members, UserId sealedBy) {
        this(caseId, owningOrganisation, members, sealedBy, null, null);
    }

    public SealCase(CaseId caseId, OrganisationId owningOrganisation, Set<UserId> members, UserId sealedBy,
                    PersonId personId, String shelter) {
        this(caseId == null ? null : SealId.of(caseId), caseId, owningOrganisation, members, sealedBy, personId,
                shelter);
    }
}

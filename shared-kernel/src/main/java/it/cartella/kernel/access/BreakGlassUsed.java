package it.cartella.kernel.access;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.SealId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.time.Instant;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/** Someone outside the sealed team opened the case in an emergency, until {@code until}; the DPO reviews it. */
public record BreakGlassUsed(SealId sealId, CaseId caseId, @DataSubject PersonId personId, UserId user,
                             OrganisationId organisation, @PersonalData(SOCIAL) String justification, Instant until) {

    public BreakGlassUsed {
        Require.present(sealId, "sealId");
        Require.present(caseId, "caseId");
        Require.present(user, "user");
        Require.present(until, "until");
    }
}

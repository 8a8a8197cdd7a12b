package it.cartella.kernel.cases;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/** The case is open again. The reason is not checked: after erasure it reads back empty. */
public record CaseReopened(CaseId caseId, @DataSubject PersonId personId, LocalDate reopenedOn,
                           @PersonalData(SOCIAL) String reason) {

    public CaseReopened {
        Require.present(caseId, "caseId");
        Require.present(personId, "personId");
        Require.present(reopenedOn, "reopenedOn");
    }
}

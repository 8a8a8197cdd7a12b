package it.cartella.kernel.cases;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/** A diary note was written. Its text is not checked: after erasure it reads back empty. */
public record NoteRecorded(CaseId caseId, @DataSubject PersonId personId, LocalDate notedOn,
                           @PersonalData(SOCIAL) String text) {

    public NoteRecorded {
        Require.present(caseId, "caseId");
        Require.present(personId, "personId");
        Require.present(notedOn, "notedOn");
    }
}

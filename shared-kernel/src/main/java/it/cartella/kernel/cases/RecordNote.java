package it.cartella.kernel.cases;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/**
 * Writes in the case diary.
 *
 * @param notedOn the day of what the note records (an interview, a home visit, a phone call)
 */
public record RecordNote(@TargetAggregate CaseId caseId, LocalDate notedOn, @PersonalData(SOCIAL) String text) {

    public RecordNote {
        Require.present(caseId, "caseId");
        Require.past(notedOn, "notedOn");
        text = Require.longText(text, "text");
    }
}

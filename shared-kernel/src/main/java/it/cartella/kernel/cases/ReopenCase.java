package it.cartella.kernel.cases;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/** Reopens a closed case: the only command a closed case accepts. */
public record ReopenCase(@TargetAggregate CaseId caseId, LocalDate reopenedOn, @PersonalData(SOCIAL) String reason) {

    public ReopenCase {
        Require.present(caseId, "caseId");
        Require.past(reopenedOn, "reopenedOn");
        reason = Require.longText(reason, "reason");
    }
}

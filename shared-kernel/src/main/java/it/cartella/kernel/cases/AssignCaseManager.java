package it.cartella.kernel.cases;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.UserId;

/** Gives the case to a case manager; assigning the one already in charge changes nothing. */
public record AssignCaseManager(@TargetAggregate CaseId caseId, UserId caseManager) {

    public AssignCaseManager {
        Require.present(caseId, "caseId");
        Require.present(caseManager, "caseManager");
    }
}

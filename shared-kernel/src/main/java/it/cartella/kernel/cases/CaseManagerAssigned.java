package it.cartella.kernel.cases;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.UserId;

/** @param previousCaseManager null when the case had none (after a transfer that named none) */
public record CaseManagerAssigned(CaseId caseId, UserId caseManager, UserId previousCaseManager) {

    public CaseManagerAssigned {
        Require.present(caseId, "caseId");
        Require.present(caseManager, "caseManager");
    }
}

package it.cartella.kernel.adi;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.AdiBenefitId;
import it.cartella.kernel.id.CaseId;

import java.time.LocalDate;

/**
 * The benefit is suspended because the clock of rule {@code ruleId} ran out, until the awaited fact is recorded.
 *
 * @param deadlineId the due date whose miss caused it
 */
public record AdiSuspended(AdiBenefitId adiBenefitId, CaseId caseId, String ruleId, String deadlineId,
                           LocalDate suspendedOn) {

    public AdiSuspended {
        Require.present(adiBenefitId, "adiBenefitId");
        Require.present(caseId, "caseId");
        Require.present(ruleId, "ruleId");
        Require.present(deadlineId, "deadlineId");
        Require.present(suspendedOn, "suspendedOn");
    }
}

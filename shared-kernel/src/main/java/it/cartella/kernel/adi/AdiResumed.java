package it.cartella.kernel.adi;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.AdiBenefitId;
import it.cartella.kernel.id.CaseId;

import java.time.LocalDate;

/** The suspension for rule {@code ruleId} ended: the awaited fact was recorded on {@code resumedOn}. */
public record AdiResumed(AdiBenefitId adiBenefitId, CaseId caseId, String ruleId, LocalDate resumedOn) {

    public AdiResumed {
        Require.present(adiBenefitId, "adiBenefitId");
        Require.present(caseId, "caseId");
        Require.present(ruleId, "ruleId");
        Require.present(resumedOn, "resumedOn");
    }
}

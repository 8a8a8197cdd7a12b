package it.cartella.kernel.adi;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.AdiBenefitId;
import it.cartella.kernel.id.CaseId;

import java.time.LocalDate;

/** The benefit was renewed: period {@code period} (2 for the first renewal) runs from the month after the PAD. */
public record AdiRenewed(
        AdiBenefitId adiBenefitId,
        CaseId caseId,
        int period,
        LocalDate padSignedOn,
        LocalDate periodStartsOn,
        LocalDate periodEndsOn) {

    public AdiRenewed {
        Require.present(adiBenefitId, "adiBenefitId");
        Require.present(caseId, "caseId");
        Require.present(padSignedOn, "padSignedOn");
        Require.present(periodStartsOn, "periodStartsOn");
        Require.present(periodEndsOn, "periodEndsOn");
    }
}

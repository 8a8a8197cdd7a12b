package it.cartella.kernel.adi;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.SflBenefitId;

import java.time.LocalDate;

/** The SFL was extended by 12 months: from {@code previousEndsOn} it now runs to {@code endsOn}. */
public record SflExtended(SflBenefitId sflBenefitId, CaseId caseId, LocalDate previousEndsOn, LocalDate endsOn) {

    public SflExtended {
        Require.present(sflBenefitId, "sflBenefitId");
        Require.present(caseId, "caseId");
        Require.present(previousEndsOn, "previousEndsOn");
        Require.present(endsOn, "endsOn");
    }
}

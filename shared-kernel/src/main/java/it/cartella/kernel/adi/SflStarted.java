package it.cartella.kernel.adi;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.SflBenefitId;
import it.cartella.kernel.privacy.DataSubject;

import java.time.LocalDate;

/** The SFL runs from {@code startsOn} to {@code endsOn}, the last day of its 12 months. */
public record SflStarted(SflBenefitId sflBenefitId, CaseId caseId, @DataSubject PersonId beneficiary,
                         LocalDate startsOn, LocalDate endsOn) {

    public SflStarted {
        Require.present(sflBenefitId, "sflBenefitId");
        Require.present(caseId, "caseId");
        Require.present(beneficiary, "beneficiary");
        Require.present(startsOn, "startsOn");
        Require.present(endsOn, "endsOn");
    }
}

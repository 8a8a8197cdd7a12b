package it.cartella.kernel.adi;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.SflBenefitId;
import it.cartella.kernel.privacy.DataSubject;

import java.time.LocalDate;

/**
 * Records that a person of a case receives the Supporto per la Formazione e il Lavoro (SFL, DL 48/2023 art. 12):
 * 12 months from {@code startsOn}, participation to be confirmed every 90 days.
 */
public record StartSfl(SflBenefitId sflBenefitId, CaseId caseId, @DataSubject PersonId beneficiary,
                       LocalDate startsOn) {

    public StartSfl {
        Require.present(sflBenefitId, "sflBenefitId");
        Require.present(caseId, "caseId");
        Require.present(beneficiary, "beneficiary");
        Require.present(startsOn, "startsOn");
    }
}

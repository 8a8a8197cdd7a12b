package it.cartella.kernel.adi;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.AdiBenefitId;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;
import java.util.List;

import static it.cartella.kernel.privacy.PersonalDataCategory.SEALED_VIOLENCE;

/** The beneficiary updated their position; the next update is due 90 days later, unless exempt. */
public record PositionUpdated(
        AdiBenefitId adiBenefitId,
        CaseId caseId,
        @DataSubject PersonId applicant,
        LocalDate updatedOn,
        @PersonalData(SEALED_VIOLENCE) List<UpdateExemption> exemptions) {

    public PositionUpdated {
        Require.present(adiBenefitId, "adiBenefitId");
        Require.present(caseId, "caseId");
        Require.present(applicant, "applicant");
        Require.present(updatedOn, "updatedOn");
        exemptions = UpdateExemption.normalised(exemptions);
    }
}

package it.cartella.kernel.adi;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.AdiBenefitId;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;
import java.util.Set;

import static it.cartella.kernel.privacy.PersonalDataCategory.SEALED_VIOLENCE;

/** The beneficiary updated their position; the next update is due 90 days later, unless exempt. */
public record PositionUpdated(
        AdiBenefitId adiBenefitId,
        CaseId caseId,
        LocalDate updatedOn,
        @PersonalData(SEALED_VIOLENCE) Set<UpdateExemption> exemptions) {

    public PositionUpdated {
        Require.present(adiBenefitId, "adiBenefitId");
        Require.present(caseId, "caseId");
        Require.present(updatedOn, "updatedOn");
        exemptions = exemptions == null ? Set.of() : Set.copyOf(exemptions);
    }
}

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

/**
 * The first meeting of period {@code period} (1 for the first 18 months, 2 for the first renewal...) took place.
 * It starts the 60 days to sign the PaIS and the 90-day position updates, so it carries the exemptions from them.
 */
public record FirstMeetingHeld(
        AdiBenefitId adiBenefitId,
        CaseId caseId,
        @DataSubject PersonId applicant,
        int period,
        LocalDate heldOn,
        @PersonalData(SEALED_VIOLENCE) List<UpdateExemption> exemptions) {

    public FirstMeetingHeld {
        Require.present(adiBenefitId, "adiBenefitId");
        Require.present(caseId, "caseId");
        Require.present(applicant, "applicant");
        Require.present(heldOn, "heldOn");
        exemptions = UpdateExemption.normalised(exemptions);
    }
}

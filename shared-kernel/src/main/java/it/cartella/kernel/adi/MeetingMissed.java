package it.cartella.kernel.adi;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.AdiBenefitId;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/** The household missed a convocation. The justification is not checked: after erasure it reads back empty. */
public record MeetingMissed(
        AdiBenefitId adiBenefitId,
        CaseId caseId,
        @DataSubject PersonId applicant,
        LocalDate scheduledOn,
        boolean justified,
        @PersonalData(SOCIAL) String justification) {

    public MeetingMissed {
        Require.present(adiBenefitId, "adiBenefitId");
        Require.present(caseId, "caseId");
        Require.present(applicant, "applicant");
        Require.present(scheduledOn, "scheduledOn");
    }
}

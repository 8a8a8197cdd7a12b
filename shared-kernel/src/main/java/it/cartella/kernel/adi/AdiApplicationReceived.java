package it.cartella.kernel.adi;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.AdiBenefitId;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;
import java.util.List;

import static it.cartella.kernel.privacy.PersonalDataCategory.SEALED_VIOLENCE;

/**
 * A household on the Assegno di Inclusione reached the social service. The period is stated so the deadline
 * engine needs nothing but this event. Exemptions are not checked: after erasure they read back empty.
 *
 * @param periodStartsOn the first day paid (the month after the PAD)
 * @param periodEndsOn   the last day of the first 18 months
 */
public record AdiApplicationReceived(
        AdiBenefitId adiBenefitId,
        CaseId caseId,
        HouseholdId householdId,
        @DataSubject PersonId applicant,
        LocalDate padSignedOn,
        LocalDate clockStartsOn,
        LocalDate periodStartsOn,
        LocalDate periodEndsOn,
        @PersonalData(SEALED_VIOLENCE) List<UpdateExemption> exemptions) {

    public AdiApplicationReceived {
        Require.present(adiBenefitId, "adiBenefitId");
        Require.present(caseId, "caseId");
        Require.present(applicant, "applicant");
        Require.present(padSignedOn, "padSignedOn");
        Require.present(clockStartsOn, "clockStartsOn");
        Require.present(periodStartsOn, "periodStartsOn");
        Require.present(periodEndsOn, "periodEndsOn");
        exemptions = UpdateExemption.normalised(exemptions);
    }
}

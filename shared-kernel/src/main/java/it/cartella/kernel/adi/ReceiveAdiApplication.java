package it.cartella.kernel.adi;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.AdiBenefitId;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static it.cartella.kernel.privacy.PersonalDataCategory.SEALED_VIOLENCE;

/**
 * Records a household sent by INPS after the applicant signed the PAD (Patto di Attivazione Digitale): the case is
 * the one the social service opened for the household.
 *
 * @param clockStartsOn when the 120 days to the first meeting start: the PAD signature, unless the rules of the
 *                      time say otherwise (for applications up to 29/02/2024 the transmission of the data to GePI,
 *                      MLPS note 6062/2024); null means the PAD date. Not before the PAD.
 * @param exemptions    reasons the beneficiary need not update their position every 90 days; they tell of
 *                      disability and violence, so they are sealed personal data
 */
public record ReceiveAdiApplication(
        AdiBenefitId adiBenefitId,
        CaseId caseId,
        HouseholdId householdId,
        @DataSubject PersonId applicant,
        LocalDate padSignedOn,
        LocalDate clockStartsOn,
        @PersonalData(SEALED_VIOLENCE) Set<UpdateExemption> exemptions) {

    public ReceiveAdiApplication {
        Require.present(adiBenefitId, "adiBenefitId");
        Require.present(caseId, "caseId");
        Require.present(applicant, "applicant");
        Require.past(padSignedOn, "padSignedOn");
        clockStartsOn = clockStartsOn == null ? padSignedOn : Require.past(clockStartsOn, "clockStartsOn");
        Require.notBefore(clockStartsOn, padSignedOn, "clockStartsOn", "CLOCK_BEFORE_PAD",
                "Il termine non può decorrere prima della firma del PAD.",
                "The clock cannot start before the PAD was signed.");
        exemptions = exemptions == null || exemptions.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(exemptions));
    }
}

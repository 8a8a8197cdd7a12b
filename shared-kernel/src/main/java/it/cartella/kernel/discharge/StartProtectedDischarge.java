package it.cartella.kernel.discharge;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.DischargeId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.time.Instant;
import java.time.LocalDate;

import static it.cartella.kernel.privacy.PersonalDataCategory.HEALTH;

/**
 * Starts a protected discharge (<i>dimissione protetta</i>): a hospital ward of the ASST, or its COT, refers a
 * patient who will need care at home or in a facility after discharge.
 * <p>
 * The ward is health data (it tells the illness); the dates are kept readable, pseudonymous, because the plans'
 * indicators are built on them (care active within 72 hours, no readmission within 6 months).
 *
 * @param hospital   the ASST (or its hospital) referring
 * @param referredAt when the referral reached the social services
 */
public record StartProtectedDischarge(
        DischargeId dischargeId,
        CaseId caseId,
        @DataSubject PersonId patient,
        OrganisationId hospital,
        @PersonalData(HEALTH) String ward,
        LocalDate admittedOn,
        LocalDate expectedDischargeOn,
        Instant referredAt) {

    public StartProtectedDischarge {
        Require.present(dischargeId, "dischargeId");
        Require.present(caseId, "caseId");
        Require.present(patient, "patient");
        Require.present(hospital, "hospital");
        ward = Require.text(ward, "ward");
        Require.past(admittedOn, "admittedOn");
        Require.present(expectedDischargeOn, "expectedDischargeOn");
        Require.notBefore(expectedDischargeOn, admittedOn, "expectedDischargeOn", "DISCHARGE_BEFORE_ADMISSION",
                "La dimissione non può precedere il ricovero.", "The discharge cannot precede the admission.");
        Require.pastInstant(referredAt, "referredAt");
    }
}

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

/** A protected discharge began. The ward is not checked: after erasure it reads back empty. */
public record ProtectedDischargeStarted(
        DischargeId dischargeId,
        CaseId caseId,
        @DataSubject PersonId patient,
        OrganisationId hospital,
        @PersonalData(HEALTH) String ward,
        LocalDate admittedOn,
        LocalDate expectedDischargeOn,
        Instant referredAt) {

    public ProtectedDischargeStarted {
        Require.present(dischargeId, "dischargeId");
        Require.present(caseId, "caseId");
        Require.present(patient, "patient");
        Require.present(hospital, "hospital");
        Require.present(admittedOn, "admittedOn");
        Require.present(expectedDischargeOn, "expectedDischargeOn");
        Require.present(referredAt, "referredAt");
    }
}

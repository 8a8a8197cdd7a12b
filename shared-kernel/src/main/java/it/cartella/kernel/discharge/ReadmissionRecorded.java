package it.cartella.kernel.discharge;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.DischargeId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;

import java.time.LocalDate;

/**
 * The readmission check was recorded. {@code readmittedWithinSixMonths} is the fact the indicator counts
 * (NON_RIENTRO_OSPEDALIERO_6M or RIAMMESSO_6M).
 *
 * @param readmittedOn null when the check found no readmission
 */
public record ReadmissionRecorded(
        DischargeId dischargeId,
        @DataSubject PersonId patient,
        LocalDate checkedOn,
        LocalDate readmittedOn,
        boolean readmittedWithinSixMonths) {

    public ReadmissionRecorded {
        Require.present(dischargeId, "dischargeId");
        Require.present(patient, "patient");
        Require.present(checkedOn, "checkedOn");
    }
}

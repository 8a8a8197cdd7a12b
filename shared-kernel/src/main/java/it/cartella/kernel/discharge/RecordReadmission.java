package it.cartella.kernel.discharge;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.DischargeId;

import java.time.LocalDate;

/**
 * Records the readmission check: whether the patient went back to hospital after the discharge. One record per
 * discharge, made when a readmission becomes known or, at the latest, at the 6-month check.
 *
 * @param checkedOn    when the check was made
 * @param readmittedOn the day of readmission; null when the check found none
 */
public record RecordReadmission(@TargetAggregate DischargeId dischargeId, LocalDate checkedOn, LocalDate readmittedOn) {

    public RecordReadmission {
        Require.present(dischargeId, "dischargeId");
        Require.past(checkedOn, "checkedOn");
        if (readmittedOn != null) {
            Require.past(readmittedOn, "readmittedOn");
            Require.notBefore(checkedOn, readmittedOn, "checkedOn", "CHECK_BEFORE_READMISSION",
                    "La verifica non può precedere la riammissione che registra.",
                    "The check cannot precede the readmission it records.");
        }
    }
}

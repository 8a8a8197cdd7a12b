package it.cartella.kernel.discharge;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.DischargeId;

import java.time.Instant;

/**
 * Records when the patient actually left hospital. The 72-hour clock for the care package runs from this moment
 * (from the expected discharge date until it is known), so it is its own command rather than a detail of another.
 */
public record RecordHospitalDischarge(@TargetAggregate DischargeId dischargeId, Instant dischargedAt) {

    public RecordHospitalDischarge {
        Require.present(dischargeId, "dischargeId");
        Require.pastInstant(dischargedAt, "dischargedAt");
    }
}

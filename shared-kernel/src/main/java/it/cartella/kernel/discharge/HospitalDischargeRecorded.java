package it.cartella.kernel.discharge;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.DischargeId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;

import java.time.Instant;

public record HospitalDischargeRecorded(DischargeId dischargeId, @DataSubject PersonId patient, Instant dischargedAt) {

    public HospitalDischargeRecorded {
        Require.present(dischargeId, "dischargeId");
        Require.present(patient, "patient");
        Require.present(dischargedAt, "dischargedAt");
    }
}

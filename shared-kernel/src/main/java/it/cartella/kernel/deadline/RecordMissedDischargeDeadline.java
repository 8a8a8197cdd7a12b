package it.cartella.kernel.deadline;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.DischargeId;

/** Tells a protected discharge that one of its clocks ran out; sent by the deadline engine, recorded at most once per deadline. */
public record RecordMissedDischargeDeadline(@TargetAggregate DischargeId dischargeId, LapsedDeadline deadline) {

    public RecordMissedDischargeDeadline {
        Require.present(dischargeId, "dischargeId");
        Require.present(deadline, "deadline");
    }
}

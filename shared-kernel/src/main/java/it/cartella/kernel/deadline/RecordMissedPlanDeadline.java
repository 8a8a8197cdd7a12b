package it.cartella.kernel.deadline;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.PaisId;

/** Tells a plan that one of its clocks ran out; sent by the deadline engine, recorded at most once per deadline. */
public record RecordMissedPlanDeadline(@TargetAggregate PaisId paisId, LapsedDeadline deadline) {

    public RecordMissedPlanDeadline {
        Require.present(paisId, "paisId");
        Require.present(deadline, "deadline");
    }
}

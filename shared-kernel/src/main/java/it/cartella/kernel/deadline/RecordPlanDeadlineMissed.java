package it.cartella.kernel.deadline;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.PaisId;

/** Tells a plan that one of its clocks ran out; sent by the deadline engine, recorded at most once per deadline. */
public record RecordPlanDeadlineMissed(@TargetAggregate PaisId paisId, MissedDeadline deadline) {

    public RecordPlanDeadlineMissed {
        Require.present(paisId, "paisId");
        Require.present(deadline, "deadline");
    }
}

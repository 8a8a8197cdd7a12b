package it.cartella.kernel.deadline;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.TirocinioId;

/** Tells a traineeship that one of its clocks ran out; sent by the deadline engine, recorded at most once per deadline. */
public record RecordTirocinioDeadlineMissed(@TargetAggregate TirocinioId tirocinioId, MissedDeadline deadline) {

    public RecordTirocinioDeadlineMissed {
        Require.present(tirocinioId, "tirocinioId");
        Require.present(deadline, "deadline");
    }
}

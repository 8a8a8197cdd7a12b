package it.cartella.kernel.deadline;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.TirocinioId;

/** Tells a traineeship that one of its clocks ran out; sent by the deadline engine, recorded at most once per deadline. */
public record RecordMissedTirocinioDeadline(@TargetAggregate TirocinioId tirocinioId, LapsedDeadline deadline) {

    public RecordMissedTirocinioDeadline {
        Require.present(tirocinioId, "tirocinioId");
        Require.present(deadline, "deadline");
    }
}

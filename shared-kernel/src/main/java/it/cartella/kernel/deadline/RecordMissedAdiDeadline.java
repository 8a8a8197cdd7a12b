package it.cartella.kernel.deadline;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.AdiBenefitId;

/** Tells the Assegno di Inclusione that one of its clocks ran out; sent by the deadline engine, recorded at most once per deadline. */
public record RecordMissedAdiDeadline(@TargetAggregate AdiBenefitId adiBenefitId, LapsedDeadline deadline) {

    public RecordMissedAdiDeadline {
        Require.present(adiBenefitId, "adiBenefitId");
        Require.present(deadline, "deadline");
    }
}

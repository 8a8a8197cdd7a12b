package it.cartella.kernel.deadline;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.SflBenefitId;

/** Tells the SFL that one of its clocks ran out; sent by the deadline engine, recorded at most once per deadline. */
public record RecordMissedSflDeadline(@TargetAggregate SflBenefitId sflBenefitId, LapsedDeadline deadline) {

    public RecordMissedSflDeadline {
        Require.present(sflBenefitId, "sflBenefitId");
        Require.present(deadline, "deadline");
    }
}

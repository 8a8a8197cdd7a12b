package it.cartella.kernel.adi;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.SflBenefitId;

import java.time.LocalDate;

/** Records the beneficiary's confirmation of participation, due every 90 days while the SFL runs. */
public record ConfirmSflParticipation(@TargetAggregate SflBenefitId sflBenefitId, LocalDate confirmedOn) {

    public ConfirmSflParticipation {
        Require.present(sflBenefitId, "sflBenefitId");
        Require.past(confirmedOn, "confirmedOn");
    }
}

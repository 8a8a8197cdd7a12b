package it.cartella.kernel.adi;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.AdiBenefitId;

import java.time.LocalDate;

/** Records that the beneficiary updated their position with the social service or a patronato (every 90 days). */
public record UpdatePosition(@TargetAggregate AdiBenefitId adiBenefitId, LocalDate updatedOn) {

    public UpdatePosition {
        Require.present(adiBenefitId, "adiBenefitId");
        Require.past(updatedOn, "updatedOn");
    }
}

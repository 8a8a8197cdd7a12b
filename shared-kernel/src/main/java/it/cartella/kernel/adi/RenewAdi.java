package it.cartella.kernel.adi;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.AdiBenefitId;

import java.time.LocalDate;

/**
 * Records a renewal for 12 months, after the month of pause, on a new PAD: the first meeting is due again within
 * 120 days of it (INPS msg. 3048/2025).
 */
public record RenewAdi(@TargetAggregate AdiBenefitId adiBenefitId, LocalDate padSignedOn) {

    public RenewAdi {
        Require.present(adiBenefitId, "adiBenefitId");
        Require.past(padSignedOn, "padSignedOn");
    }
}

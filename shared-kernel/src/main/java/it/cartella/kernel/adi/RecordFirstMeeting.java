package it.cartella.kernel.adi;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.AdiBenefitId;

import java.time.LocalDate;

/** Records the first meeting of the household with the social service, of the current period. */
public record RecordFirstMeeting(@TargetAggregate AdiBenefitId adiBenefitId, LocalDate heldOn) {

    public RecordFirstMeeting {
        Require.present(adiBenefitId, "adiBenefitId");
        Require.past(heldOn, "heldOn");
    }
}

package it.cartella.kernel.intervention;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.InterventionId;
import it.cartella.kernel.privacy.PersonalData;

import java.math.BigDecimal;
import java.time.LocalDate;

import static it.cartella.kernel.privacy.PersonalDataCategory.ECONOMIC;

/**
 * Records what was delivered: hours of service, money paid, or both, on a day (for a period, its last day).
 * Partner organisations record their own deliveries.
 */
public record RecordDelivery(
        @TargetAggregate InterventionId interventionId,
        LocalDate deliveredOn,
        BigDecimal hours,
        @PersonalData(ECONOMIC) BigDecimal amount) {

    public RecordDelivery {
        Require.present(interventionId, "interventionId");
        Require.past(deliveredOn, "deliveredOn");
        hours = Require.amount(hours, "hours");
        amount = Require.amount(amount, "amount");
        if (hours == null && amount == null) {
            throw DomainException.invalid("hours", "DELIVERED_QUANTITY_REQUIRED",
                    "Indicare le ore o l'importo erogati.", "Give the hours or amount delivered.");
        }
    }
}

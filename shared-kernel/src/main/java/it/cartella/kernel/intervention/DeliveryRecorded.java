package it.cartella.kernel.intervention;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.InterventionId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.math.BigDecimal;
import java.time.LocalDate;

import static it.cartella.kernel.privacy.PersonalDataCategory.ECONOMIC;

public record DeliveryRecorded(
        InterventionId interventionId,
        @DataSubject PersonId beneficiary,
        LocalDate deliveredOn,
        BigDecimal hours,
        @PersonalData(ECONOMIC) BigDecimal amount) {

    public DeliveryRecorded {
        Require.present(interventionId, "interventionId");
        Require.present(beneficiary, "beneficiary");
        Require.present(deliveredOn, "deliveredOn");
        hours = Require.amount(hours, "hours");
        amount = Require.amount(amount, "amount");
    }
}

package it.cartella.kernel.tirocinio;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.TirocinioId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.math.BigDecimal;
import java.time.YearMonth;

import static it.cartella.kernel.privacy.PersonalDataCategory.ECONOMIC;

/** A month's attendance was recorded; it replaces an earlier record of the same month. */
public record TirocinioAttendanceRecorded(
        TirocinioId tirocinioId,
        @DataSubject PersonId trainee,
        YearMonth month,
        BigDecimal hoursAttended,
        @PersonalData(ECONOMIC) BigDecimal indemnityPaid) {

    public TirocinioAttendanceRecorded {
        Require.present(tirocinioId, "tirocinioId");
        Require.present(trainee, "trainee");
        Require.present(month, "month");
        hoursAttended = Require.amount(Require.present(hoursAttended, "hoursAttended"), "hoursAttended");
        indemnityPaid = Require.amount(indemnityPaid, "indemnityPaid");
    }
}

package it.cartella.kernel.tirocinio;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.TirocinioId;
import it.cartella.kernel.privacy.PersonalData;

import java.math.BigDecimal;
import java.time.YearMonth;

import static it.cartella.kernel.privacy.PersonalDataCategory.ECONOMIC;

/**
 * Records a month's attendance, and the indemnity paid for it. Recording a month again corrects it: the latest
 * record of a month counts.
 *
 * @param indemnityPaid euro; null when not paid (yet)
 */
public record RecordTirocinioAttendance(
        @TargetAggregate TirocinioId tirocinioId,
        YearMonth month,
        BigDecimal hoursAttended,
        @PersonalData(ECONOMIC) BigDecimal indemnityPaid) {

    public RecordTirocinioAttendance {
        Require.present(tirocinioId, "tirocinioId");
        Require.present(month, "month");
        if (month.isAfter(YearMonth.from(Require.today()))) {
            throw DomainException.invalid("month", "DATE_IN_FUTURE",
                    "Non si registra la presenza di un mese futuro.", "Attendance of a future month cannot be recorded.");
        }
        hoursAttended = Require.amount(Require.present(hoursAttended, "hoursAttended"), "hoursAttended");
        indemnityPaid = Require.amount(indemnityPaid, "indemnityPaid");
    }
}

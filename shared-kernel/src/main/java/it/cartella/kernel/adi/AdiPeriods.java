package it.cartella.kernel.adi;

import java.time.LocalDate;

/**
 * The benefit's calendar (DL 48/2023 art. 3; DM 154/2023 art. 7): paid from the month after the PAD is signed, for
 * 18 months; renewable for 12 months at a time, each renewal after a pause of one month.
 */
public final class AdiPeriods {

    public static final int FIRST_PERIOD_MONTHS = 18;
    public static final int RENEWAL_MONTHS = 12;
    public static final int PAUSE_MONTHS = 1;

    private AdiPeriods() {
    }

    /** The first day paid for a PAD signed on {@code padSignedOn}: the first of the following month. */
    public static LocalDate startsFor(LocalDate padSignedOn) {
        return padSignedOn.withDayOfMonth(1).plusMonths(1);
    }

    /** The last day paid of a period starting on {@code start} and lasting {@code months}. */
    public static LocalDate lastDay(LocalDate start, int months) {
        return start.plusMonths(months).minusDays(1);
    }

    /** The earliest start of a renewal after a period ending on {@code lastDay}: one month of pause in between. */
    public static LocalDate earliestRenewalStart(LocalDate lastDay) {
        return lastDay.plusDays(1).plusMonths(PAUSE_MONTHS);
    }
}

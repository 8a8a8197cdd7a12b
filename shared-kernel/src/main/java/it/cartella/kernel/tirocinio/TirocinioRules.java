package it.cartella.kernel.tirocinio;

import it.cartella.kernel.error.DomainException;

import java.time.LocalDate;

/**
 * The national limit on a traineeship's length: at most 24 months, longer only when the public service in charge
 * states why it is necessary (Accordo Stato-Regioni 22/01/2015; Lombardy DGR X/5451/2016).
 */
public final class TirocinioRules {

    public static final int MAX_MONTHS = 24;

    private TirocinioRules() {
    }

    /** True when a traineeship from {@code start} to {@code end} (both included) lasts beyond 24 months. */
    public static boolean over24Months(LocalDate start, LocalDate end) {
        return !end.isBefore(start.plusMonths(MAX_MONTHS));
    }

    static void requireEndAfterStart(LocalDate start, LocalDate end, String field) {
        if (end.isBefore(start)) {
            throw DomainException.invalid(field, "END_BEFORE_START",
                    "La fine non può precedere l'inizio.", "The end cannot precede the start.");
        }
    }

    /** The refusal of a traineeship beyond 24 months without justification, on the given request field. */
    public static DomainException over24MonthsError(String field) {
        return DomainException.invalid(field, "TIROCINIO_OVER_24_MONTHS",
                "Il tirocinio supera i 24 mesi: serve la motivazione del servizio che ha in carico la persona.",
                "The traineeship exceeds 24 months: the service in charge of the person must state why.");
    }
}

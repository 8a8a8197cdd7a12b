package it.cartella.kernel.command;

import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.territory.ComuneRegistry;
import it.cartella.kernel.territory.IstatCode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The checks every command and event of the case domain repeats, each raising a {@link DomainException} with the
 * request field's name, so clients can point at the field. Messages never echo the value: it may be personal data.
 * <p>
 * "Today" is the date in Italy, not on the server: a social worker entering today's date just after midnight in
 * Rome (still yesterday in UTC) must not be told the date lies in the future.
 */
public final class Require {

    /** The zone in which users record dates. */
    public static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    private static final int MAX_TEXT = 200;
    private static final int MAX_LONG_TEXT = 10_000;

    private Require() {
    }

    /** Today's date in Italy. */
    public static LocalDate today() {
        return LocalDate.now(Clock.system(ITALY));
    }

    /** A required value of any kind. */
    public static <T> T present(T value, String field) {
        if (value == null) {
            throw DomainException.invalid(field, "REQUIRED",
                    "Campo obbligatorio.", "Required field.");
        }
        return value;
    }

    /** A required short text (a name, a role, an instrument): trimmed, not blank, at most 200 characters. */
    public static String text(String value, String field) {
        String trimmed = optionalText(value, field);
        if (trimmed == null) {
            throw DomainException.invalid(field, "REQUIRED",
                    "Campo obbligatorio.", "Required field.");
        }
        return trimmed;
    }

    /** An optional short text: null or blank becomes null; otherwise as {@link #text}. */
    public static String optionalText(String value, String field) {
        return bounded(value, field, MAX_TEXT);
    }

    /** A required free text (a diary note, a justification): trimmed, not blank, at most 10,000 characters. */
    public static String longText(String value, String field) {
        String trimmed = bounded(value, field, MAX_LONG_TEXT);
        if (trimmed == null) {
            throw DomainException.invalid(field, "REQUIRED",
                    "Campo obbligatorio.", "Required field.");
        }
        return trimmed;
    }

    /** An optional free text: null or blank becomes null. */
    public static String optionalLongText(String value, String field) {
        return bounded(value, field, MAX_LONG_TEXT);
    }

    private static String bounded(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw DomainException.invalid(field, "TEXT_TOO_LONG",
                    "Testo troppo lungo: al massimo " + max + " caratteri.",
                    "Text too long: at most " + max + " characters.");
        }
        return trimmed;
    }

    /** An optional Comune, which must be in ISTAT's list: a code that names no Comune is a typing error. */
    public static IstatCode comune(IstatCode comune, String field) {
        if (comune != null && ComuneRegistry.standard().find(comune).isEmpty()) {
            throw DomainException.invalid(field, "UNKNOWN_COMUNE",
                    "Nessun Comune con questo codice ISTAT.", "No Comune has this ISTAT code.");
        }
        return comune;
    }

    /** A required date recording something that already happened: not after today in Italy. */
    public static LocalDate past(LocalDate date, String field) {
        return past(date, field, "DATE_IN_FUTURE");
    }

    /** As {@link #past(LocalDate, String)}, with a code of the caller's own for the violation. */
    public static LocalDate past(LocalDate date, String field, String code) {
        present(date, field);
        if (date.isAfter(today())) {
            throw DomainException.invalid(field, code,
                    "La data non può essere futura.", "The date cannot be in the future.");
        }
        return date;
    }

    /** A required instant recording something that already happened. */
    public static Instant pastInstant(Instant instant, String field) {
        present(instant, field);
        if (instant.isAfter(Instant.now())) {
            throw DomainException.invalid(field, "DATE_IN_FUTURE",
                    "La data non può essere futura.", "The date cannot be in the future.");
        }
        return instant;
    }

    /** {@code later} not before {@code earlier}; either may be null (nothing to compare). */
    public static void notBefore(LocalDate later, LocalDate earlier, String field, String code,
                                 String messageIt, String messageEn) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            throw DomainException.invalid(field, code, messageIt, messageEn);
        }
    }

    /**
     * An optional amount of euro or hours, zero or above, to the hundredth: normalised to two decimals, so equal
     * amounts are equal records whatever their written scale (400, 400.0, 400.00), before and after storage.
     */
    public static BigDecimal amount(BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw DomainException.invalid(field, "NEGATIVE_VALUE",
                    "Il valore non può essere negativo.", "The value cannot be negative.");
        }
        try {
            return value.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw DomainException.invalid(field, "TOO_MANY_DECIMALS",
                    "Al massimo due decimali.", "At most two decimals.");
        }
    }
}

package it.cartella.app.request;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.territory.ComuneRegistry;
import it.cartella.kernel.territory.IstatCode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/**
 * Conversions of request text into the kernel's values, each failing with a {@link DomainException} that names the
 * field, so {@link FieldErrors} can collect them. Request bodies carry dates, codes and ids as text: a mistake in one
 * of them is then a field error of its own, not a parse failure that hides the rest of the body.
 */
public final class Values {

    private Values() {
    }

    public static <T> T required(T value, String field) {
        return Require.present(value, field);
    }

    public static LocalDate date(String value, String field) {
        String text = Require.text(value, field);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "DATE_FORMAT", "Data non valida: usare il formato AAAA-MM-GG.",
                    "Invalid date: use the format YYYY-MM-DD.");
        }
    }

    public static LocalDate optionalDate(String value, String field) {
        return value == null || value.isBlank() ? null : date(value, field);
    }

    /** An instant with its offset, as ISO-8601 ({@code 2025-03-01T10:15:00+01:00} or {@code ...Z}). */
    public static Instant instant(String value, String field) {
        String text = Require.text(value, field);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "DATE_TIME_FORMAT",
                    "Data e ora non valide: usare il formato AAAA-MM-GGThh:mm:ss+01:00.",
                    "Invalid date and time: use the format YYYY-MM-DDThh:mm:ss+01:00.");
        }
    }

    public static YearMonth month(String value, String field) {
        String text = Require.text(value, field);
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "MONTH_FORMAT", "Mese non valido: usare il formato AAAA-MM.",
                    "Invalid month: use the format YYYY-MM.");
        }
    }

    /** A Comune by ISTAT code, known to the registry. */
    public static IstatCode comune(String value, String field) {
        return ComuneRegistry.standard().require(IstatCode.of(Require.text(value, field))).istatCode();
    }

    public static IstatCode optionalComune(String value, String field) {
        return value == null || value.isBlank() ? null : comune(value, field);
    }

    /** A required value built from text by the kernel's own factory ({@code CaseId::of}, {@code ServiceCode::of}). */
    public static <T> T of(String value, String field, Function<String, T> factory) {
        return factory.apply(Require.text(value, field));
    }

    public static <T> T optional(String value, String field, Function<String, T> factory) {
        return value == null || value.isBlank() ? null : of(value, field, factory);
    }

    public static BigDecimal amount(BigDecimal value, String field) {
        return Require.amount(Require.present(value, field), field);
    }

    /** Enum.valueOf would reject unknown text with neither field nor code, and is case-sensitive. */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        String name = Require.text(value, field).toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw DomainException.invalid(field, "UNKNOWN_VALUE", "Valore non previsto per questo campo.",
                "Value not allowed for this field.");
    }

    public static <E extends Enum<E>> E optionalChoice(Class<E> type, String value, String field) {
        return value == null || value.isBlank() ? null : choice(type, value, field);
    }

    /** As {@link #choice(Class, String, String)}, with the caller's own code and message. */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String code,
                                               String messageIt, String messageEn) {
        try {
            return choice(type, value, field);
        } catch (DomainException e) {
            if (!"UNKNOWN_VALUE".equals(e.code())) {
                throw e;
            }
            throw DomainException.invalid(field, code, messageIt, messageEn);
        }
    }
}

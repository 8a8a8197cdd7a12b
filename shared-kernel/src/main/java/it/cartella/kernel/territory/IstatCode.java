package it.cartella.kernel.territory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import it.cartella.kernel.error.DomainException;

import java.util.regex.Pattern;

/**
 * The six-digit ISTAT code of a Comune (three digits of the province, three of the Comune within it). Validates
 * the format only: whether the Comune exists is the {@link ComuneRegistry}'s business, because codes outlive
 * mergers and an old event must still read.
 */
public record IstatCode(@JsonValue String value) {

    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

    public IstatCode {
        if (value == null || !SIX_DIGITS.matcher(value).matches()) {
            throw DomainException.invalid("residenceComune", "ISTAT_CODE_FORMAT",
                    "Il codice ISTAT del Comune deve essere di 6 cifre.",
                    "The ISTAT code of the Comune must be 6 digits.");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static IstatCode of(String value) {
        return new IstatCode(value == null ? null : value.strip());
    }

    /** The ISTAT code of the province (or metropolitan city) the Comune belongs to. */
    public String provinceCode() {
        return value.substring(0, 3);
    }

    @Override
    public String toString() {
        return value;
    }
}

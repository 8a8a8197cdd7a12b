package it.cartella.kernel.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import it.cartella.kernel.error.DomainException;

import java.util.List;

/**
 * How a case or intervention ended, or what a later check found. Travels as its bare code.
 *
 * @param allowedValues for follow-ups that record one of a fixed set (e.g. the kind of stable housing); empty
 *                      otherwise
 */
public record OutcomeCode(@JsonValue String code, Kind kind, String nameIt, String nameEn,
                          List<String> allowedValues) {

    /** A closure carries one outcome; follow-ups are recorded after closure or at fixed dates. */
    public enum Kind { CLOSURE, FOLLOW_UP }

    public OutcomeCode {
        CatalogText.requireCode(code, "outcomeCode");
        CatalogText.requireName(nameIt, "outcomeCode");
        CatalogText.requireName(nameEn, "outcomeCode");
        if (kind == null) {
            throw new IllegalArgumentException("Outcome " + code + " has no kind");
        }
        allowedValues = List.copyOf(allowedValues);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OutcomeCode of(String code) {
        return ServiceCatalog.standard().outcome(CatalogText.normalized(code))
                .orElseThrow(() -> DomainException.invalid("outcomeCode", "UNKNOWN_OUTCOME",
                        "Esito non presente nel catalogo.",
                        "Outcome not in the catalogue."));
    }

    @Override
    public String toString() {
        return code;
    }
}

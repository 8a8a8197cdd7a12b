package it.cartella.query.indicator;

import it.cartella.kernel.error.DomainException;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One version of an indicator, as data. The version is given by the catalogue when a definition is added; a shipped
 * definition states it. Targets are per year, as the plan writes them ("60", "≥ 5", "incremento"); the baseline is
 * the value the plan starts from, with the period it refers to.
 *
 * @param dimensions what the indicator may be broken down by, besides the period
 * @param source     where the plan states it (seed file and line)
 */
public record IndicatorDefinition(String id, Integer version, String plan, String objective, IndicatorType type,
                                  Wording wording, Computation computation, List<Dimension> dimensions,
                                  Map<Integer, String> targets, Baseline baseline, String source) {

    private static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,59}");

    public IndicatorDefinition {
        if (id == null || !ID.matcher(id).matches()) {
            throw DomainException.invalid("id", "INDICATOR_ID_INVALID",
                    "Codice indicatore: maiuscole, cifre e trattini (es. LODI-A1-06).",
                    "Indicator id: upper-case letters, digits and hyphens (e.g. LODI-A1-06).");
        }
        require(plan, "plan");
        require(type, "type");
        require(computation, "computation");
        if (wording == null || blank(wording.it()) || blank(wording.en())) {
            throw DomainException.invalid("wording", "INDICATOR_WORDING_REQUIRED",
                    "Indicare la formulazione in italiano e in inglese.", "Give the Italian and the English wording.");
        }
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        // Sorted by year, as the template lists them.
        targets = targets == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(targets));
    }

    IndicatorDefinition withVersion(int newVersion) {
        return new IndicatorDefinition(id, newVersion, plan, objective, type, wording, computation, dimensions,
                targets, baseline, source);
    }

    /** The key of this version: its id and version, as in {@code LODI-A1-06@2}. */
    public String key() {
        return id + "@" + version;
    }

    private static void require(Object value, String field) {
        if (value == null || value instanceof String s && blank(s)) {
            throw DomainException.invalid(field, "INDICATOR_FIELD_REQUIRED",
                    "Campo obbligatorio: " + field + ".", "Required field: " + field + ".");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public record Wording(String it, String en) {
    }

    /** @param value as the plan states it ("97%", "15"); {@code period} the years it refers to */
    public record Baseline(String value, String period) {
    }
}

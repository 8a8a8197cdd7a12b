package it.cartella.query.indicator;

import it.cartella.kernel.error.DomainException;

import java.util.List;
import java.util.Map;

/**
 * Which facts: one or more {@link FactType}s, optionally filtered: every {@code where} field must hold one of the
 * listed values (for list attributes such as roles, contain one of them).
 * <pre>{"facts": ["INTERVENTION_ACTIVATED"], "where": {"service": ["DIMISSIONI_PROTETTE_SENZA_DIMORA"]}}</pre>
 */
public record Selector(List<FactType> facts, Map<String, List<String>> where) {

    public Selector {
        if (facts == null || facts.isEmpty() || facts.stream().anyMatch(java.util.Objects::isNull)) {
            throw DomainException.invalid("facts", "INDICATOR_FACTS_REQUIRED",
                    "Indicare almeno un tipo di fatto.", "Give at least one fact type.");
        }
        facts = List.copyOf(facts);
        where = where == null ? Map.of() : Map.copyOf(where);
        for (Map.Entry<String, List<String>> filter : where.entrySet()) {
            if (facts.stream().anyMatch(type -> !type.accepts(filter.getKey()))) {
                throw DomainException.invalid("where", "INDICATOR_FILTER_UNKNOWN",
                        "Il campo '" + filter.getKey() + "' non esiste per questi tipi di fatto.",
                        "Field '" + filter.getKey() + "' does not exist for these fact types.");
            }
            if (filter.getValue() == null || filter.getValue().isEmpty()) {
                throw DomainException.invalid("where", "INDICATOR_FILTER_EMPTY",
                        "Il filtro '" + filter.getKey() + "' non ha valori.",
                        "Filter '" + filter.getKey() + "' has no values.");
            }
        }
    }

    public boolean matches(Fact fact) {
        return facts.contains(fact.type())
                && where.entrySet().stream().allMatch(filter -> fact.fieldIn(filter.getKey(), filter.getValue()));
    }
}

package it.cartella.query.indicator;

import it.cartella.kernel.error.DomainException;

import java.util.List;
import java.util.Objects;

/**
 * The percentage of the plan's Comuni (or of {@code total} Comuni, when the plan states another figure) with at
 * least one selected fact in the cell.
 * <pre>{"op": "coverage", "facts": {"facts": ["INTERVENTION_ACTIVATED"], "where": {"service": ["DOPO_DI_NOI"]}}}</pre>
 */
public record Coverage(Selector facts, Integer total) implements Computation {

    public Coverage {
        if (facts == null) {
            throw DomainException.invalid("facts", "INDICATOR_FACTS_REQUIRED",
                    "Indicare quali fatti contare.", "Say which facts to count.");
        }
        if (total != null && total < 1) {
            throw DomainException.invalid("total", "INDICATOR_TOTAL_INVALID",
                    "Il numero di Comuni deve essere positivo.", "The number of Comuni must be positive.");
        }
    }

    @Override
    public boolean reads(Fact fact) {
        return facts.matches(fact);
    }

    @Override
    public Cell evaluate(List<Fact> all, Scope scope) {
        long covered = all.stream().filter(facts::matches).filter(scope::anchors).map(Fact::comune)
                .filter(Objects::nonNull).distinct().count();
        int comuni = total != null ? total : scope.comuni();
        return comuni == 0 ? Cell.empty() : new Cell(covered * 100.0 / comuni, covered);
    }

    @Override
    public String measure() {
        return "%";
    }
}

package it.cartella.query.indicator;

import it.cartella.kernel.error.DomainException;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The number of facts ({@code per: APPLICATION}) or of distinct subjects with at least one fact that the selector
 * takes, anchored in the cell.
 * <pre>{"op": "count", "facts": {"facts": ["PLAN_SIGNED"], "where": {"kind": ["PAIS"]}}, "per": "HOUSEHOLD"}</pre>
 */
public record Count(Selector facts, Subject per) implements Computation {

    public Count {
        if (facts == null) {
            throw DomainException.invalid("facts", "INDICATOR_FACTS_REQUIRED",
                    "Indicare quali fatti contare.", "Say which facts to count.");
        }
        if (per == null) {
            throw DomainException.invalid("per", "INDICATOR_COUNTING_UNIT_REQUIRED",
                    "Indicare se si conta per domanda (APPLICATION) o per persona, nucleo, caso...",
                    "Say whether to count per application (APPLICATION) or per person, household, case...");
        }
    }

    @Override
    public boolean reads(Fact fact) {
        return facts.matches(fact);
    }

    @Override
    public Cell evaluate(List<Fact> all, Scope scope) {
        return Cell.count(subjects(all, scope.anchor()::test).size());
    }

    /** The distinct subjects of the selected facts that pass the test. */
    Set<String> subjects(List<Fact> all, java.util.function.Predicate<Fact> test) {
        return all.stream().filter(facts::matches).filter(test).map(per::of).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    @Override
    public boolean counts() {
        return true;
    }

    @Override
    public String measure() {
        return "n";
    }
}

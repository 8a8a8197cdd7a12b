package it.cartella.query.indicator;

import it.cartella.kernel.error.DomainException;

import java.util.List;
import java.util.Set;

/**
 * Numerator over denominator, times 100 when {@code percent}. Without {@code cohort} both are counted in the cell
 * independently. With {@code cohort} the denominator's subjects anchored in the cell form the cohort, and the
 * numerator counts those of them with a numerator fact at any time up to the end of the cell's period: "of the
 * households taken in charge in 2025, how many have signed a PaIS" (both must count the same subject).
 * <pre>{"op": "ratio", "percent": true, "cohort": true,
 *  "numerator": {"op": "count", "facts": {"facts": ["PLAN_SIGNED"]}, "per": "HOUSEHOLD"},
 *  "denominator": {"op": "count", "facts": {"facts": ["CASE_OPENED"]}, "per": "HOUSEHOLD"}}</pre>
 */
public record Ratio(Count numerator, Count denominator, boolean cohort, boolean percent) implements Computation {

    public Ratio {
        if (numerator == null || denominator == null) {
            throw DomainException.invalid("numerator", "INDICATOR_RATIO_INCOMPLETE",
                    "Un rapporto richiede numeratore e denominatore.", "A ratio needs a numerator and a denominator.");
        }
        if (cohort && (numerator.per() != denominator.per() || numerator.per() == Subject.APPLICATION)) {
            throw DomainException.invalid("cohort", "INDICATOR_COHORT_SUBJECT",
                    "Per una coorte numeratore e denominatore contano lo stesso soggetto (persona, nucleo, caso...).",
                    "A cohort needs numerator and denominator to count the same subject (person, household, case...).");
        }
    }

    @Override
    public boolean reads(Fact fact) {
        return numerator.reads(fact) || denominator.reads(fact);
    }

    @Override
    public Cell evaluate(List<Fact> all, Scope scope) {
        long base;
        long part;
        if (cohort) {
            Set<String> members = denominator.subjects(all, scope::anchors);
            base = members.size();
            part = numerator.subjects(all, scope::byEnd).stream().filter(members::contains).count();
        } else {
            base = denominator.evaluate(all, scope).n();
            part = numerator.evaluate(all, scope).n();
        }
        return base == 0 ? Cell.empty() : new Cell(part * (percent ? 100.0 : 1.0) / base, base);
    }

    @Override
    public String measure() {
        return percent ? "%" : "ratio";
    }
}

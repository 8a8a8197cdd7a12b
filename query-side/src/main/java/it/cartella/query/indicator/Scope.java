package it.cartella.query.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * Which facts anchor a cell (those of its period and breakdown value), the last day the cell covers (a cohort's
 * numerator may happen later than its anchor, but not after this), the evaluation instant (a limit not yet expired
 * is pending, not missed), and the plan's number of Comuni (the default denominator of coverage).
 */
public record Scope(Predicate<Fact> anchor, LocalDate until, Instant now, int comuni) {

    boolean anchors(Fact fact) {
        return anchor.test(fact);
    }

    boolean byEnd(Fact fact) {
        return !fact.on().isAfter(until);
    }
}

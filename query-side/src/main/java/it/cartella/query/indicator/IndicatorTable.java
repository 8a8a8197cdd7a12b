package it.cartella.query.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * An indicator computed over a range: one column per period plus a total column for the whole range, one row per
 * breakdown value (none without a breakdown) plus the total row. Totals are computed, not summed: a person counted
 * in two Comuni is one person in the total.
 *
 * @param counts whether the cells are counts (see {@link Computation#counts()})
 */
public record IndicatorTable(List<Period> periods, List<Row> rows, Row total, boolean counts, String unit) {

    public record Row(String key, List<Cell> cells, Cell total) {
    }

    /**
     * @param facts the facts the version keeps; those outside the plan's Comuni or the range are ignored
     * @param by    null for no breakdown
     */
    public static IndicatorTable compute(IndicatorDefinition definition, Plan plan, List<Fact> facts, Dimension by,
                                         PeriodGrain grain, LocalDate from, LocalDate to, Instant now) {
        List<Fact> planFacts = facts.stream().filter(plan::covers).toList();
        List<Period> periods = grain.periods(from, to, plan.trienniumStart());
        Computation computation = definition.computation();
        List<Row> rows = by == null ? List.of() : planFacts.stream()
                .filter(f -> !f.on().isBefore(from) && !f.on().isAfter(to))
                .map(f -> by.of(f, plan)).distinct().sorted()
                .map(key -> row(key, computation, planFacts, periods, from, to, now, plan,
                        f -> Objects.equals(by.of(f, plan), key)))
                .toList();
        Row total = row("TOTAL", computation, planFacts, periods, from, to, now, plan, f -> true);
        return new IndicatorTable(periods, rows, total, computation.counts(), computation.measure());
    }

    private static Row row(String key, Computation computation, List<Fact> facts, List<Period> periods,
                           LocalDate from, LocalDate to, Instant now, Plan plan, Predicate<Fact> inRow) {
        int comuni = plan.comuni().size();
        List<Cell> cells = periods.stream().map(p -> computation.evaluate(facts,
                new Scope(inRow.and(f -> p.contains(f.on())), p.end(), now, comuni))).toList();
        Cell total = computation.evaluate(facts, new Scope(inRow.and(f -> !f.on().isBefore(from) && !f.on().isAfter(to)),
                to, now, comuni));
        return new Row(key, cells, total);
    }
}

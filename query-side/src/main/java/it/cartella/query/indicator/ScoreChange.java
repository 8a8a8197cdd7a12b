package it.cartella.query.indicator;

import it.cartella.kernel.error.DomainException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Change of monitoring scores of the same case between step {@code from} (default T0) and step {@code to} (default
 * the latest step after {@code from}), per domain ({@code domain}, or every domain scored at both points). Each
 * (case, domain) pair counts in the cell of its later point. MEAN_CHANGE and MEDIAN_CHANGE give the points gained;
 * IMPROVED_SHARE the percentage of pairs that improved.
 * <pre>{"op": "scoreChange", "where": {"macroArea": ["G"]}, "statistic": "IMPROVED_SHARE"}</pre>
 */
public record ScoreChange(Map<String, List<String>> where, String domain, Integer from, Integer to,
                          String statistic) implements Computation {

    private static final List<String> STATISTICS = List.of("MEAN_CHANGE", "MEDIAN_CHANGE", "IMPROVED_SHARE");

    public ScoreChange {
        where = where == null ? Map.of() : Map.copyOf(where);
        new Selector(List.of(FactType.MONITORING_RECORDED), where);
        from = from == null ? 0 : from;
        if (to != null && to <= from) {
            throw DomainException.invalid("to", "INDICATOR_STEPS_INVALID",
                    "Il punto finale segue quello iniziale.", "The end point comes after the start point.");
        }
        statistic = statistic == null ? "MEAN_CHANGE" : statistic;
        if (!STATISTICS.contains(statistic)) {
            throw DomainException.invalid("statistic", "INDICATOR_STATISTIC_UNKNOWN",
                    "Statistica non riconosciuta: " + STATISTICS + ".", "Unknown statistic: " + STATISTICS + ".");
        }
    }

    private Selector selector() {
        return new Selector(List.of(FactType.MONITORING_RECORDED), where);
    }

    @Override
    public boolean reads(Fact fact) {
        return selector().matches(fact);
    }

    @Override
    public Cell evaluate(List<Fact> all, Scope scope) {
        Selector selector = selector();
        Map<String, List<Fact>> byCase = all.stream().filter(selector::matches).filter(f -> f.caseId() != null)
                .collect(Collectors.groupingBy(Fact::caseId));
        List<Double> changes = new ArrayList<>();
        for (List<Fact> points : byCase.values()) {
            Optional<Fact> start = points.stream().filter(f -> f.step() == from).min(Comparator.comparing(Fact::at));
            Optional<Fact> end = points.stream()
                    .filter(f -> to == null ? f.step() > from : f.step() == to)
                    .max(Comparator.comparing(Fact::step).thenComparing(Fact::at));
            if (start.isEmpty() || end.isEmpty() || !scope.anchors(end.get())) {
                continue;
            }
            start.get().scores().forEach((scored, before) -> {
                Integer after = end.get().scores().get(scored);
                if (after != null && (domain == null || domain.equals(scored))) {
                    changes.add((double) (after - before));
                }
            });
        }
        if (statistic.equals("IMPROVED_SHARE")) {
            return changes.isEmpty() ? Cell.empty()
                    : new Cell(changes.stream().filter(c -> c > 0).count() * 100.0 / changes.size(), changes.size());
        }
        return new Cell(Statistic.of(statistic.equals("MEAN_CHANGE") ? "MEAN" : "MEDIAN", changes), changes.size());
    }

    @Override
    public String measure() {
        return statistic.equals("IMPROVED_SHARE") ? "%" : "points";
    }
}

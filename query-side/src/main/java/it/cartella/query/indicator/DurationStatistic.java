package it.cartella.query.indicator;

import it.cartella.kernel.error.DomainException;

import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A statistic (MEDIAN, MEAN, P90...) of the time from a start fact to an end fact of the same case (or
 * {@code pairBy} episode, person...), in DAYS between their dates or HOURS between their instants. Cohort by start:
 * a pair counts in the cell of its start, once its end has happened.
 * <pre>{"op": "duration", "from": {"facts": ["CASE_OPENED"]}, "to": {"facts": ["PLAN_SIGNED"]},
 *  "pairBy": "CASE", "unit": "DAYS", "statistic": "MEDIAN"}</pre>
 */
public record DurationStatistic(Selector from, Selector to, Subject pairBy, ChronoUnit unit, String statistic)
        implements Computation {

    public DurationStatistic {
        if (from == null || to == null) {
            throw DomainException.invalid("from", "INDICATOR_DURATION_INCOMPLETE",
                    "Una durata richiede il fatto iniziale e quello finale.", "A duration needs a start and an end fact.");
        }
        pairBy = pairBy == null ? Subject.CASE : pairBy;
        unit = unit == null ? ChronoUnit.DAYS : unit;
        if (unit != ChronoUnit.DAYS && unit != ChronoUnit.HOURS) {
            throw DomainException.invalid("unit", "INDICATOR_UNIT_UNKNOWN",
                    "Unità di tempo: DAYS o HOURS.", "Time unit: DAYS or HOURS.");
        }
        statistic = statistic == null ? "MEDIAN" : statistic;
        Statistic.require(statistic);
    }

    @Override
    public boolean reads(Fact fact) {
        return from.matches(fact) || to.matches(fact);
    }

    @Override
    public Cell evaluate(List<Fact> all, Scope scope) {
        List<Double> durations = Pairs.of(all, from, to, pairBy, scope).stream()
                .filter(pair -> pair.end() != null)
                .map(pair -> between(pair.start(), pair.end()))
                .toList();
        return new Cell(Statistic.of(statistic, durations), durations.size());
    }

    private double between(Fact start, Fact end) {
        return unit == ChronoUnit.DAYS ? ChronoUnit.DAYS.between(start.on(), end.on())
                : ChronoUnit.MINUTES.between(start.at(), end.at()) / 60.0;
    }

    @Override
    public String measure() {
        return unit == ChronoUnit.DAYS ? "days" : "hours";
    }
}

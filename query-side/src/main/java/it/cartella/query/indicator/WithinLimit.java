package it.cartella.query.indicator;

import it.cartella.kernel.error.DomainException;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The percentage of start facts followed by an end fact of the same case (or {@code pairBy}) within an ISO-8601
 * limit ("PT72H", "P30D"), cohort by start. A start whose limit has not yet expired and has no end is pending: it
 * counts neither way until it is met or missed.
 * <pre>{"op": "within", "from": {"facts": ["HOSPITAL_DISCHARGE_RECORDED"]},
 *  "to": {"facts": ["DISCHARGE_CARE_ACTIVATED"]}, "pairBy": "EPISODE", "limit": "PT72H"}</pre>
 */
public record WithinLimit(Selector from, Selector to, Subject pairBy, String limit) implements Computation {

    public WithinLimit {
        if (from == null || to == null) {
            throw DomainException.invalid("from", "INDICATOR_DURATION_INCOMPLETE",
                    "Una durata richiede il fatto iniziale e quello finale.", "A duration needs a start and an end fact.");
        }
        pairBy = pairBy == null ? Subject.CASE : pairBy;
        parse(limit);
    }

    @Override
    public boolean reads(Fact fact) {
        return from.matches(fact) || to.matches(fact);
    }

    @Override
    public Cell evaluate(List<Fact> all, Scope scope) {
        Duration max = parse(limit);
        long met = 0;
        long decided = 0;
        for (Pairs.Pair pair : Pairs.of(all, from, to, pairBy, scope)) {
            boolean inTime = pair.end() != null
                    && Duration.between(pair.start().at(), pair.end().at()).compareTo(max) <= 0;
            boolean expired = scope.now().isAfter(pair.start().at().plus(max));
            if (inTime) {
                met++;
            }
            if (inTime || expired || pair.end() != null) {
                decided++;
            }
        }
        return decided == 0 ? Cell.empty() : new Cell(met * 100.0 / decided, decided);
    }

    private static Duration parse(String limit) {
        try {
            Duration parsed = Duration.parse(limit);
            if (parsed.isNegative() || parsed.isZero()) {
                throw new DateTimeParseException("not positive", limit, 0);
            }
            return parsed;
        } catch (DateTimeParseException | NullPointerException e) {
            throw DomainException.invalid("limit", "INDICATOR_LIMIT_INVALID",
                    "Limite non valido: una durata ISO-8601 positiva, per esempio PT72H o P30D.",
                    "Invalid limit: a positive ISO-8601 duration, such as PT72H or P30D.");
        }
    }

    @Override
    public String measure() {
        return "%";
    }
}

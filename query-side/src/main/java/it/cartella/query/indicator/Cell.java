package it.cartella.query.indicator;

/**
 * One computed value and the number of units behind it: the count itself for counts, the denominator for ratios,
 * the pairs measured for durations and score changes, the Comuni covered for coverage. Suppression decides on
 * {@code n}. {@code value} is null when there is nothing to compute it from (a ratio over zero cases).
 */
public record Cell(Double value, long n) {

    static Cell count(long n) {
        return new Cell((double) n, n);
    }

    static Cell empty() {
        return new Cell(null, 0);
    }
}

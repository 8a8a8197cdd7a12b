package it.cartella.query.indicator;

import it.cartella.kernel.error.DomainException;

import java.util.List;

/**
 * MEAN, MEDIAN, or a percentile P1..P99. Percentiles interpolate linearly between the closest ranks (the method of
 * spreadsheets' PERCENTILE.INC), so the median of an even count is the mean of the two middle values.
 */
final class Statistic {

    private Statistic() {
    }

    static void require(String statistic) {
        if (statistic == null || !(statistic.equals("MEAN") || statistic.equals("MEDIAN")
                || statistic.matches("P([1-9]|[1-9][0-9])"))) {
            throw DomainException.invalid("statistic", "INDICATOR_STATISTIC_UNKNOWN",
                    "Statistica non riconosciuta: MEAN, MEDIAN o P1..P99.",
                    "Unknown statistic: MEAN, MEDIAN or P1..P99.");
        }
    }

    static Double of(String statistic, List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        if (statistic.equals("MEAN")) {
            return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        }
        double p = statistic.equals("MEDIAN") ? 50 : Integer.parseInt(statistic.substring(1));
        List<Double> sorted = values.stream().sorted().toList();
        double rank = p / 100 * (sorted.size() - 1);
        int low = (int) Math.floor(rank);
        int high = (int) Math.ceil(rank);
        return sorted.get(low) + (rank - low) * (sorted.get(high) - sorted.get(low));
    }
}

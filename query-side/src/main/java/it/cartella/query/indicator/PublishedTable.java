package it.cartella.query.indicator;

import java.util.List;

/**
 * An indicator table as it may be shown to the one asking: every cell has a display text; a suppressed cell has no
 * value. Statuses: SHOWN; BELOW_THRESHOLD (a count under the threshold, shown as "&lt;5", or a rate, duration or change
 * over fewer units than that, shown as "n&lt;5"); COMPLEMENTARY (hidden, shown as "x", so that a hidden count cannot be
 * worked out from the totals).
 */
public record PublishedTable(List<String> columns, List<PublishedRow> rows, PublishedRow total, boolean suppressed,
                             String unit) {

    public enum Status { SHOWN, BELOW_THRESHOLD, COMPLEMENTARY }

    public record PublishedCell(Double value, String display, Status status) {
    }

    public record PublishedRow(String key, List<PublishedCell> cells, PublishedCell total) {
    }
}

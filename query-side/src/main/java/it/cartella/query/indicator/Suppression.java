package it.cartella.query.indicator;

import it.cartella.query.indicator.PublishedTable.PublishedCell;
import it.cartella.query.indicator.PublishedTable.PublishedRow;
import it.cartella.query.indicator.PublishedTable.Status;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Small-cell suppression for whoever is outside the organisation that owns the data.
 * <p>
 * Counts: a cell between 1 and threshold-1 is hidden ("&lt;5"); zero is shown, as it says nothing about anyone. The
 * table's rows add up to the total row and its periods to the total column (for distinct counts they may add up to
 * more, which only makes recovery harder), so each row and column is an equation. While an equation has exactly one
 * hidden term, that term could be solved for: another term of it is hidden too ("x"), the smallest positive one
 * (it costs the least information), else any other, else its total. Repeating until no equation has a single hidden
 * term leaves every hidden count with at least two unknowns in every equation it is in. That is not always enough
 * (bounds from several equations can still pin a value down), so {@link SuppressionAudit} then attacks the table
 * with interval arithmetic, and each count it pins down gets one more complementary cell next to it, until none
 * is. The test class attacks the result again with an independent implementation.
 * <p>
 * Other values (rates, durations, changes) have no additive totals: a value computed over fewer than threshold
 * units is hidden ("n&lt;5").
 */
public final class Suppression {

    private static final String DISPLAY_COMPLEMENTARY = "x";

    private Suppression() {
    }

    /** The table as the owner sees it: everything shown. */
    public static PublishedTable none(IndicatorTable table) {
        return publish(table, null, false, 0);
    }

    public static PublishedTable apply(IndicatorTable table, int threshold) {
        return publish(table, table.counts() ? hiddenCounts(table, threshold) : null, true, threshold);
    }

    /** Grid: one line per detail row then the total row; one column per period then the total column. */
    private static Status[][] hiddenCounts(IndicatorTable table, int threshold) {
        double[][] values = grid(table);
        int lines = values.length;
        int columns = values[0].length;
        Status[][] status = new Status[lines][columns];
        for (int r = 0; r < lines; r++) {
            for (int c = 0; c < columns; c++) {
                status[r][c] = values[r][c] > 0 && values[r][c] < threshold ? Status.BELOW_THRESHOLD : Status.SHOWN;
            }
        }
        List<int[][]> equations = equations(lines, columns, !table.rows().isEmpty());
        while (true) {
            hideSingles(equations, values, status);
            int[] exposed = SuppressionAudit.firstExposed(values, status, equations, threshold);
            if (exposed == null) {
                return status;
            }
            int[] complement = complementNextTo(exposed, equations, values, status);
            status[complement[0]][complement[1]] = Status.COMPLEMENTARY;
        }
    }

    private static void hideSingles(List<int[][]> equations, double[][] values, Status[][] status) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[][] equation : equations) {
                long hidden = java.util.Arrays.stream(equation).filter(at -> status[at[0]][at[1]] != Status.SHOWN).count();
                if (hidden == 1) {
                    int[] complement = complement(equation, values, status);
                    status[complement[0]][complement[1]] = Status.COMPLEMENTARY;
                    changed = true;
                }
            }
        }
    }

    /** A cell still shown in an equation of the exposed one: another term, else the first equation's total. */
    private static int[] complementNextTo(int[] exposed, List<int[][]> equations, double[][] values,
                                          Status[][] status) {
        List<int[][]> around = equations.stream()
                .filter(eq -> java.util.Arrays.stream(eq).anyMatch(at -> at[0] == exposed[0] && at[1] == exposed[1]))
                .toList();
        for (int[][] equation : around) {
            int[] complement = complement(equation, values, status);
            if (status[complement[0]][complement[1]] == Status.SHOWN) {
                return complement;
            }
        }
        return equations.stream().flatMap(java.util.Arrays::stream)
                .filter(at -> status[at[0]][at[1]] == Status.SHOWN).findFirst()
                .orElseThrow(() -> new IllegalStateException("every cell is hidden and one is still exposed"));
    }


    /** Each equation lists its terms, the last one being its total. */
    static List<int[][]> equations(int lines, int columns, boolean hasDetailRows) {
        List<int[][]> equations = new ArrayList<>();
        int firstLine = hasDetailRows ? 0 : lines - 1;
        for (int r = firstLine; r < lines; r++) {
            int[][] equation = new int[columns][];
            for (int c = 0; c < columns; c++) {
                equation[c] = new int[]{r, c};
            }
            equations.add(equation);
        }
        if (hasDetailRows) {
            for (int c = 0; c < columns; c++) {
                int[][] equation = new int[lines][];
                for (int r = 0; r < lines; r++) {
                    equation[r] = new int[]{r, c};
                }
                equations.add(equation);
            }
        }
        return equations;
    }

    private static int[] complement(int[][] equation, double[][] values, Status[][] status) {
        List<int[]> terms = new ArrayList<>(List.of(equation).subList(0, equation.length - 1));
        terms.removeIf(at -> status[at[0]][at[1]] != Status.SHOWN);
        return terms.stream()
                .min(Comparator.<int[]>comparingInt(at -> values[at[0]][at[1]] > 0 ? 0 : 1)
                        .thenComparingDouble(at -> values[at[0]][at[1]]))
                .orElse(equation[equation.length - 1]);
    }

    static double[][] grid(IndicatorTable table) {
        List<IndicatorTable.Row> lines = new ArrayList<>(table.rows());
        lines.add(table.total());
        double[][] values = new double[lines.size()][table.periods().size() + 1];
        for (int r = 0; r < lines.size(); r++) {
            IndicatorTable.Row row = lines.get(r);
            for (int c = 0; c < row.cells().size(); c++) {
                values[r][c] = row.cells().get(c).n();
            }
            values[r][row.cells().size()] = row.total().n();
        }
        return values;
    }

    private static PublishedTable publish(IndicatorTable table, Status[][] counts, boolean suppressing, int threshold) {
        List<PublishedRow> rows = new ArrayList<>();
        List<IndicatorTable.Row> lines = new ArrayList<>(table.rows());
        lines.add(table.total());
        for (int r = 0; r < lines.size(); r++) {
            IndicatorTable.Row line = lines.get(r);
            List<PublishedCell> cells = new ArrayList<>();
            for (int c = 0; c <= line.cells().size(); c++) {
                Cell cell = c < line.cells().size() ? line.cells().get(c) : line.total();
                Status status = counts != null ? counts[r][c]
                        : suppressing && cell.value() != null && cell.n() < threshold ? Status.BELOW_THRESHOLD
                        : Status.SHOWN;
                cells.add(cell(cell, status, table.counts(), threshold));
            }
            rows.add(new PublishedRow(line.key(), cells.subList(0, cells.size() - 1), cells.get(cells.size() - 1)));
        }
        return new PublishedTable(table.periods().stream().map(Period::label).toList(),
                rows.subList(0, rows.size() - 1), rows.get(rows.size() - 1), suppressing, table.unit());
    }

    private static PublishedCell cell(Cell cell, Status status, boolean count, int threshold) {
        return switch (status) {
            case SHOWN -> new PublishedCell(cell.value(), format(cell.value()), status);
            case BELOW_THRESHOLD -> new PublishedCell(null, (count ? "<" : "n<") + threshold, status);
            case COMPLEMENTARY -> new PublishedCell(null, DISPLAY_COMPLEMENTARY, status);
        };
    }

    /** Whole numbers as such, others with one decimal; an empty cell (nothing to compute from) as "-". */
    public static String format(Double value) {
        if (value == null) {
            return "-";
        }
        return new DecimalFormat(value == Math.rint(value) ? "0" : "0.0", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(value);
    }
}

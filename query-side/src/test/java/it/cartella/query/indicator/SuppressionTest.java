package it.cartella.query.indicator;

import it.cartella.query.indicator.PublishedTable.PublishedCell;
import it.cartella.query.indicator.PublishedTable.PublishedRow;
import it.cartella.query.indicator.PublishedTable.Status;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suppression is attacked the way an analyst with the published table would: every row and column is an equation
 * (cells add up to their totals), each hidden count is an unknown bounded by what the table says of it ("&lt;5":
 * 1 to 4; "x": 0 or more), and the bounds are tightened over all equations until nothing changes. A hidden count
 * whose bounds meet has been recovered.
 */
class SuppressionTest {

    private static final int THRESHOLD = 5;

    @Test
    void smallCountsAreShownAsBelowTheThresholdAndZerosAsZero() {
        PublishedTable published = Suppression.apply(table(new long[][]{{3, 0, 12}, {7, 9, 10}}), THRESHOLD);

        PublishedRow first = published.rows().get(0);
        assertThat(first.cells().get(0).display()).isEqualTo("<5");
        assertThat(first.cells().get(0).value()).isNull();
        assertThat(first.cells().get(1).display()).isEqualTo("0");
        assertThat(published.suppressed()).isTrue();
    }

    @Test
    void theAttackRecoversACountHiddenAloneFromItsTotals() {
        long[][] counts = {{3, 0, 12}, {7, 9, 10}};
        Status[][] primaryOnly = statuses(Suppression.apply(table(counts), THRESHOLD));
        for (Status[] line : primaryOnly) {
            for (int c = 0; c < line.length; c++) {
                line[c] = line[c] == Status.COMPLEMENTARY ? Status.SHOWN : line[c];
            }
        }
        assertThat(recovered(grid(counts), primaryOnly)).isTrue();
    }

    @Test
    void complementaryCellsProtectEveryHiddenCount() {
        long[][] counts = {{3, 0, 12}, {7, 9, 10}};
        Status[][] published = statuses(Suppression.apply(table(counts), THRESHOLD));

        assertThat(java.util.Arrays.stream(published).flatMap(java.util.Arrays::stream)
                .filter(s -> s == Status.COMPLEMENTARY)).isNotEmpty();
        assertThat(recovered(grid(counts), published)).isFalse();
    }

    @Test
    void noHiddenCountCanBeRecoveredInManyRandomTables() {
        Random random = new Random(20251122);
        for (int t = 0; t < 500; t++) {
            long[][] counts = new long[1 + random.nextInt(6)][1 + random.nextInt(5)];
            for (long[] row : counts) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 6 : 30);
                }
            }
            Status[][] published = statuses(Suppression.apply(table(counts), THRESHOLD));
            assertThat(recovered(grid(counts), published)).as("table %s", java.util.Arrays.deepToString(counts)).isFalse();
        }
    }

    @Test
    void theOwnerSeesEverything() {
        PublishedTable published = Suppression.none(table(new long[][]{{3, 0, 12}}));
        assertThat(published.total().cells()).extracting(PublishedCell::display).containsExactly("3", "0", "12");
        assertThat(published.suppressed()).isFalse();
    }

    @Test
    void ratesOverTooFewUnitsAreHidden() {
        Period year = new Period("2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        IndicatorTable rates = new IndicatorTable(List.of(year), List.of(), new IndicatorTable.Row("TOTAL",
                List.of(new Cell(75.0, 4)), new Cell(75.0, 4)), false, "%");
        assertThat(Suppression.apply(rates, THRESHOLD).total().total().display()).isEqualTo("n<5");
    }

    /** Detail rows of counts; each row's total and the total row are their sums. */
    private static IndicatorTable table(long[][] counts) {
        List<Period> periods = new ArrayList<>();
        for (int c = 0; c < counts[0].length; c++) {
            LocalDate start = LocalDate.of(2025 + c, 1, 1);
            periods.add(new Period(String.valueOf(2025 + c), start, start.plusYears(1).minusDays(1)));
        }
        long[][] g = grid(counts);
        List<IndicatorTable.Row> rows = new ArrayList<>();
        for (int r = 0; r < g.length; r++) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < counts[0].length; c++) {
                cells.add(Cell.count(g[r][c]));
            }
            rows.add(new IndicatorTable.Row(r == counts.length ? "TOTAL" : "r" + r, cells,
                    Cell.count(g[r][counts[0].length])));
        }
        return new IndicatorTable(periods, rows.subList(0, counts.length), rows.get(counts.length), true, "n");
    }

    /** The counts with a total column and a total row. */
    private static long[][] grid(long[][] counts) {
        int lines = counts.length;
        int columns = counts[0].length;
        long[][] g = new long[lines + 1][columns + 1];
        for (int r = 0; r < lines; r++) {
            for (int c = 0; c < columns; c++) {
                g[r][c] = counts[r][c];
                g[r][columns] += counts[r][c];
                g[lines][c] += counts[r][c];
                g[lines][columns] += counts[r][c];
            }
        }
        return g;
    }

    private static Status[][] statuses(PublishedTable table) {
        List<PublishedRow> lines = new ArrayList<>(table.rows());
        lines.add(table.total());
        Status[][] statuses = new Status[lines.size()][];
        for (int r = 0; r < lines.size(); r++) {
            PublishedRow line = lines.get(r);
            List<PublishedCell> cells = new ArrayList<>(line.cells());
            cells.add(line.total());
            statuses[r] = cells.stream().map(PublishedCell::status).toArray(Status[]::new);
        }
        return statuses;
    }

    /** Interval propagation over all row and column equations; true when a hidden non-zero count is pinned down. */
    private static boolean recovered(long[][] truth, Status[][] status) {
        int lines = truth.length;
        int columns = truth[0].length;
        long big = truth[lines - 1][columns - 1];
        long[][] lo = new long[lines][columns];
        long[][] hi = new long[lines][columns];
        for (int r = 0; r < lines; r++) {
            for (int c = 0; c < columns; c++) {
                switch (status[r][c]) {
                    case SHOWN -> lo[r][c] = hi[r][c] = truth[r][c];
                    case BELOW_THRESHOLD -> {
                        lo[r][c] = 1;
                        hi[r][c] = THRESHOLD - 1;
                    }
                    case COMPLEMENTARY -> hi[r][c] = big;
                }
            }
        }
        List<int[][]> equations = Suppression.equations(lines, columns, lines > 1);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[][] eq : equations) {
                int n = eq.length - 1;
                int[] total = eq[n];
                long sumLo = 0;
                long sumHi = 0;
                for (int i = 0; i < n; i++) {
                    sumLo += lo[eq[i][0]][eq[i][1]];
                    sumHi += hi[eq[i][0]][eq[i][1]];
                }
                changed |= tighten(lo, hi, total, sumLo, sumHi);
                for (int i = 0; i < n; i++) {
                    int[] at = eq[i];
                    long othersLo = sumLo - lo[at[0]][at[1]];
                    long othersHi = sumHi - hi[at[0]][at[1]];
                    changed |= tighten(lo, hi, at, lo[total[0]][total[1]] - othersHi, hi[total[0]][total[1]] - othersLo);
                }
            }
        }
        for (int r = 0; r < lines; r++) {
            for (int c = 0; c < columns; c++) {
                if (status[r][c] == Status.BELOW_THRESHOLD && lo[r][c] == hi[r][c]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean tighten(long[][] lo, long[][] hi, int[] at, long newLo, long newHi) {
        boolean changed = false;
        if (newLo > lo[at[0]][at[1]]) {
            lo[at[0]][at[1]] = newLo;
            changed = true;
        }
        if (newHi < hi[at[0]][at[1]]) {
            hi[at[0]][at[1]] = newHi;
            changed = true;
        }
        return changed;
    }
}

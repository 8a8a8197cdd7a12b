package it.cartella.query.indicator;

import it.cartella.query.indicator.PublishedTable.Status;

import java.util.List;

/**
 * What an analyst can work out of a suppressed table: each hidden cell is an unknown, bounded by what the table
 * says of it (a "&lt;5" count lies between 1 and threshold-1, an "x" is not negative), and every row and column
 * equation tightens the bounds of its terms from the others' until nothing changes.
 */
final class SuppressionAudit {

    private static final double UNBOUNDED = 1e15;
    private static final int MAX_PASSES = 10_000;

    private SuppressionAudit() {
    }

    /** A hidden count below the threshold whose bounds meet, or null when there is none. */
    static int[] firstExposed(double[][] values, Status[][] status, List<int[][]> equations, int threshold) {
        int lines = values.length;
        int columns = values[0].length;
        double[][] lo = new double[lines][columns];
        double[][] hi = new double[lines][columns];
        for (int r = 0; r < lines; r++) {
            for (int c = 0; c < columns; c++) {
                switch (status[r][c]) {
                    case SHOWN -> lo[r][c] = hi[r][c] = values[r][c];
                    case BELOW_THRESHOLD -> {
                        lo[r][c] = 1;
                        hi[r][c] = threshold - 1;
                    }
                    case COMPLEMENTARY -> hi[r][c] = UNBOUNDED;
                }
            }
        }
        boolean changed = true;
        // Bounds shrink by whole units between counts a table states, so a few passes settle them; the cap only
        // guards against a pathological table looping for long.
        for (int pass = 0; changed && pass < MAX_PASSES; pass++) {
            changed = false;
            for (int[][] equation : equations) {
                changed |= tighten(equation, lo, hi);
            }
        }
        for (int r = 0; r < lines; r++) {
            for (int c = 0; c < columns; c++) {
                if (status[r][c] == Status.BELOW_THRESHOLD && hi[r][c] - lo[r][c] < 0.5) {
                    return new int[]{r, c};
                }
            }
        }
        return null;
    }

    private static boolean tighten(int[][] equation, double[][] lo, double[][] hi) {
        int terms = equation.length - 1;
        int[] total = equation[terms];
        double sumLo = 0;
        double sumHi = 0;
        for (int i = 0; i < terms; i++) {
            sumLo += lo[equation[i][0]][equation[i][1]];
            sumHi += hi[equation[i][0]][equation[i][1]];
        }
        boolean changed = narrow(lo, hi, total, sumLo, sumHi);
        for (int i = 0; i < terms; i++) {
            int[] at = equation[i];
            double othersLo = sumLo - lo[at[0]][at[1]];
            double othersHi = sumHi - hi[at[0]][at[1]];
            changed |= narrow(lo, hi, at, lo[total[0]][total[1]] - othersHi, hi[total[0]][total[1]] - othersLo);
        }
        return changed;
    }

    private static boolean narrow(double[][] lo, double[][] hi, int[] at, double newLo, double newHi) {
        boolean changed = false;
        if (newLo > lo[at[0]][at[1]] + 1e-9) {
            lo[at[0]][at[1]] = newLo;
            changed = true;
        }
        if (newHi < hi[at[0]][at[1]] - 1e-9) {
            hi[at[0]][at[1]] = newHi;
            changed = true;
        }
        return changed;
    }
}

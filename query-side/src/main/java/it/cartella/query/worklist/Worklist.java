package it.cartella.query.worklist;

import java.time.LocalDate;
import java.util.List;

/**
 * What is overdue and what falls due within the horizon for one user, most urgent first, with counts per type.
 *
 * @param asOf the day in Italy the worklist was computed for
 */
public record Worklist(
        String user,
        int horizonDays,
        LocalDate asOf,
        long overdue,
        long due,
        List<TypeCount> byType,
        List<WorklistItem> items) {

    /** For one type of deadline: how many are overdue and how many fall due within the horizon. */
    public record TypeCount(String type, String label, long overdue, long due) {
    }
}

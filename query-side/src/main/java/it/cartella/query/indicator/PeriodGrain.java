package it.cartella.query.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How an indicator's range is cut into columns. The school year runs from September to August ("2025/26"); the
 * triennium is the plan's (2025-2027 for the 2025-27 Piani di Zona) and its neighbours; RANGE is one column for the
 * whole range asked.
 */
public enum PeriodGrain {
    MONTH, QUARTER, YEAR, SCHOOL_YEAR, TRIENNIUM, RANGE;

    /** The periods that meet [from, to], each cut to it. */
    public List<Period> periods(LocalDate from, LocalDate to, int trienniumStart) {
        if (this == RANGE) {
            return List.of(new Period(from + ".." + to, from, to));
        }
        List<Period> periods = new ArrayList<>();
        LocalDate day = from;
        while (!day.isAfter(to)) {
            Period whole = containing(day, trienniumStart);
            periods.add(new Period(whole.label(), max(whole.start(), from), min(whole.end(), to)));
            day = whole.end().plusDays(1);
        }
        return periods;
    }

    private Period containing(LocalDate day, int trienniumStart) {
        return switch (this) {
            case MONTH -> {
                LocalDate start = day.withDayOfMonth(1);
                yield new Period(start.toString().substring(0, 7), start, start.plusMonths(1).minusDays(1));
            }
            case QUARTER -> {
                int quarter = (day.getMonthValue() - 1) / 3;
                LocalDate start = LocalDate.of(day.getYear(), quarter * 3 + 1, 1);
                yield new Period(day.getYear() + "-Q" + (quarter + 1), start, start.plusMonths(3).minusDays(1));
            }
            case YEAR -> new Period(String.valueOf(day.getYear()), day.withDayOfYear(1),
                    LocalDate.of(day.getYear(), 12, 31));
            case SCHOOL_YEAR -> {
                int first = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
                yield new Period(first + "/" + String.format("%02d", (first + 1) % 100), LocalDate.of(first, 9, 1),
                        LocalDate.of(first + 1, 8, 31));
            }
            case TRIENNIUM -> {
                int first = day.getYear() - Math.floorMod(day.getYear() - trienniumStart, 3);
                yield new Period(first + "-" + (first + 2), LocalDate.of(first, 1, 1), LocalDate.of(first + 2, 12, 31));
            }
            case RANGE -> throw new IllegalStateException("a range is not cut");
        };
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

package it.cartella.query.indicator;

import java.time.LocalDate;

/** A column of an indicator table: a labelled span of days, both ends included. */
public record Period(String label, LocalDate start, LocalDate end) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}

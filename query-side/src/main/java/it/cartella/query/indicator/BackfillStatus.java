package it.cartella.query.indicator;

/**
 * How far an indicator version's back-fill over the stored facts has come. While RUNNING, its values may be
 * incomplete; new facts reach it from the moment it was defined.
 */
public record BackfillStatus(String key, State state, long processed, long total) {

    public enum State { RUNNING, DONE }
}

package it.cartella.bench;

/** A count of events or documents and the wall-clock time they took. */
record Timing(long count, long nanos) {

    static final Timing ZERO = new Timing(0, 0);

    Timing plus(Timing other) {
        return new Timing(count + other.count, nanos + other.nanos);
    }

    double perSecond() {
        return nanos == 0 ? 0 : count * 1e9 / nanos;
    }

    double seconds() {
        return nanos / 1e9;
    }
}

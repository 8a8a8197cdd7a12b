package it.cartella.kernel.deadline;

import java.time.Instant;

/** What a signal does to the clocks; a store applies the changes in order. */
public sealed interface ClockChange {

    /** Start (or restart) the clock, replacing whatever ran under the same clock id. */
    record Open(OpenDeadline deadline) implements ClockChange {
    }

    /** Stop the clock if it runs. */
    record Close(String clockId) implements ClockChange {
    }

    /** Move the start of the clock if it runs; start nothing otherwise. */
    record Reschedule(String clockId, String ruleId, Instant newStart) implements ClockChange {
    }
}

package it.cartella.eventstore;

/**
 * Makes acknowledged writes survive the process. The event store calls it after each append and before the
 * command's answer leaves, so a {@code kill -9} right after a success answer loses nothing.
 *
 * <p>On the embedded H2 backend the server acknowledges a write once it is in memory and flushes its file about
 * once a second; the barrier flushes it now. On a real MongoDB the writes themselves wait for a journaled majority,
 * so the barrier is {@link #NONE}.
 */
@FunctionalInterface
public interface DurabilityBarrier {

    DurabilityBarrier NONE = () -> { };

    void awaitDurable();
}

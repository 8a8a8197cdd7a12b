package it.cartella.command.deadline;

import it.cartella.kernel.deadline.DeadlineMissed;
import it.cartella.kernel.deadline.DeadlinePlanner;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import java.util.Objects;

/**
 * Keeps the engine's due dates from the events: every event goes through the planner, and a recorded miss takes
 * its clock off the list to fire. Idempotent (each change replaces or removes a document by id), so redelivery and
 * replay leave the same state.
 */
@ProcessingGroup(DueDateProjection.PROCESSING_GROUP)
public class DueDateProjection {

    public static final String PROCESSING_GROUP = "deadline-engine";

    private final DeadlinePlanner planner;
    private final DueDateStore store;

    public DueDateProjection(DeadlinePlanner planner, DueDateStore store) {
        this.planner = Objects.requireNonNull(planner, "planner");
        this.store = Objects.requireNonNull(store, "store");
    }

    @EventHandler
    void on(DeadlineMissed event) {
        store.fired(event.deadlineId());
    }

    @EventHandler
    void on(Object event) {
        planner.changesFor(event).forEach(change -> store.apply(change, planner.rules()));
    }

    @ResetHandler
    void reset() {
        store.clear();
    }
}

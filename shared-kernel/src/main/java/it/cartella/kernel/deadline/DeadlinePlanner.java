package it.cartella.kernel.deadline;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns domain events into clock changes under a rule set. Pure and stateless: the command side's engine (which
 * fires the deadlines) and the query side's worklist (which shows them) apply the same planner to the same
 * events, so they agree on every due date without either reading the other's store.
 */
public final class DeadlinePlanner {

    private final DeadlineRules rules;

    public DeadlinePlanner(DeadlineRules rules) {
        this.rules = rules;
    }

    public DeadlineRules rules() {
        return rules;
    }

    /** The changes {@code event} makes: for each of its signals, stops first, then moves, then starts. */
    public List<ClockChange> changesFor(Object event) {
        List<ClockChange> changes = new ArrayList<>();
        for (ClockSignal signal : ClockSignals.of(event)) {
            changes.addAll(changesFor(signal));
        }
        return changes;
    }

    List<ClockChange> changesFor(ClockSignal signal) {
        List<ClockChange> stops = new ArrayList<>();
        List<ClockChange> moves = new ArrayList<>();
        List<ClockChange> starts = new ArrayList<>();
        for (DeadlineRule rule : rules.all()) {
            String key = signal.key(rule.scope());
            if (key == null) {
                continue;
            }
            String clockId = rule.id() + "|" + key;
            if (rule.stop().contains(signal.name())) {
                stops.add(new ClockChange.Close(clockId));
            }
            if (rule.reschedule().contains(signal.name())) {
                moves.add(new ClockChange.Reschedule(clockId, rule.id(), signal.at()));
            }
            if (rule.start().contains(signal.name()) && signal.caseId() != null) {
                if (rule.exempts(signal.exemptions())) {
                    stops.add(new ClockChange.Close(clockId));
                } else {
                    starts.add(new ClockChange.Open(
                            OpenDeadline.start(rule, clockId, signal.caseId(), signal.owner(), signal.at())));
                }
            }
        }
        List<ClockChange> changes = new ArrayList<>(stops);
        changes.addAll(moves);
        changes.addAll(starts);
        return changes;
    }
}

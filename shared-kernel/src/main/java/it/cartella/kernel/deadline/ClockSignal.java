package it.cartella.kernel.deadline;

import it.cartella.kernel.adi.UpdateExemption;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;

import java.time.Instant;
import java.util.Set;

/**
 * What one domain event means to the clocks: a named signal at a moment, for a case and an owner. Rules name
 * signals, not event classes, so one event can mean two things (an application starts both the 120 days to the
 * first meeting, from its clock start, and the 18 months, from the month after the PAD).
 *
 * @param caseId     null for the few events that do not name their case: they can only stop or move clocks
 * @param owner      the aggregate the clocks it starts belong to
 * @param index      tells apart clocks of one owner started by the same rule (the n-th monitoring date); null if one
 * @param exemptions the subject's exemptions, for rules that have some
 */
public record ClockSignal(String name, CaseId caseId, DeadlineOwner owner, Integer index, Instant at,
                          Set<UpdateExemption> exemptions) {

    public ClockSignal {
        Require.present(name, "name");
        Require.present(owner, "owner");
        Require.present(at, "at");
        exemptions = exemptions == null ? Set.of() : Set.copyOf(exemptions);
    }

    public ClockSignal(String name, CaseId caseId, DeadlineOwner owner, Instant at) {
        this(name, caseId, owner, null, at, Set.of());
    }

    /** The key of the clock a rule with {@code scope} keeps for this signal's subject; null if it cannot tell. */
    String key(Scope scope) {
        if (scope == Scope.CASE && caseId == null) {
            return null;
        }
        String subject = scope == Scope.CASE ? caseId.value() : owner.id();
        return index == null ? subject : subject + "#" + index;
    }
}

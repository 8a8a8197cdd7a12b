package it.cartella.kernel.deadline;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A clock ran out: recorded once per deadline by the aggregate owning the clock, with the rule and the rule version
 * that set the due date. Effects the rule prescribes follow as events of their own (e.g. {@code AdiSuspended}).
 */
public record DeadlineMissed(
        String deadlineId,
        String ruleId,
        int ruleVersion,
        CaseId caseId,
        DeadlineOwner owner,
        LocalDate dueOn,
        Instant dueAt) {

    public DeadlineMissed {
        Require.present(deadlineId, "deadlineId");
        Require.present(ruleId, "ruleId");
        Require.present(caseId, "caseId");
        Require.present(owner, "owner");
        Require.present(dueOn, "dueOn");
        Require.present(dueAt, "dueAt");
    }

    public static DeadlineMissed of(LapsedDeadline missed, DeadlineOwner owner) {
        return new DeadlineMissed(missed.deadlineId(), missed.ruleId(), missed.ruleVersion(), missed.caseId(), owner,
                missed.dueOn(), missed.dueAt());
    }
}

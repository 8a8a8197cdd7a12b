package it.cartella.kernel.deadline;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A running clock with its due date. {@code clockId} names the clock (rule and subject: one runs at a time);
 * {@code deadlineId} names this run of it (with its start), so a clock restarted later is a new deadline, and a
 * miss is recorded once per deadline.
 */
public record OpenDeadline(
        String deadlineId,
        String clockId,
        String ruleId,
        int ruleVersion,
        RuleEffect effect,
        CaseId caseId,
        DeadlineOwner owner,
        Instant startAt,
        LocalDate dueOn,
        Instant dueAt) {

    public OpenDeadline {
        Require.present(deadlineId, "deadlineId");
        Require.present(clockId, "clockId");
        Require.present(ruleId, "ruleId");
        Require.present(effect, "effect");
        Require.present(caseId, "caseId");
        Require.present(owner, "owner");
        Require.present(startAt, "startAt");
        Require.present(dueOn, "dueOn");
        Require.present(dueAt, "dueAt");
    }

    static OpenDeadline start(DeadlineRule rule, String clockId, CaseId caseId, DeadlineOwner owner, Instant startAt) {
        DeadlineRule.Due due = rule.dueFrom(startAt);
        return new OpenDeadline(clockId + "|" + startAt, clockId, rule.id(), rule.version(), rule.effect(), caseId,
                owner, startAt, due.dueOn(), due.dueAt());
    }

    /** The same deadline as {@code rule} (a later version of its rule) computes it. */
    public OpenDeadline recomputedWith(DeadlineRule rule) {
        DeadlineRule.Due due = rule.dueFrom(startAt);
        return new OpenDeadline(deadlineId, clockId, rule.id(), rule.version(), rule.effect(), caseId, owner, startAt,
                due.dueOn(), due.dueAt());
    }

    /** The clock run again from {@code newStart}: a new deadline. */
    public OpenDeadline restartedAt(DeadlineRule rule, Instant newStart) {
        return start(rule, clockId, caseId, owner, newStart);
    }

    /** What the owner is told when this deadline is missed. */
    public LapsedDeadline missed() {
        return new LapsedDeadline(deadlineId, ruleId, ruleVersion, effect, caseId, startAt, dueOn, dueAt);
    }
}

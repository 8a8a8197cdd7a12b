package it.cartella.kernel.deadline;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;

import java.time.Instant;
import java.time.LocalDate;

/** A deadline that ran out, as the engine tells its owner: which rule, in which version, due when. */
public record LapsedDeadline(
        String deadlineId,
        String ruleId,
        int ruleVersion,
        RuleEffect effect,
        CaseId caseId,
        Instant startedAt,
        LocalDate dueOn,
        Instant dueAt) {

    public LapsedDeadline {
        Require.present(deadlineId, "deadlineId");
        Require.present(ruleId, "ruleId");
        Require.present(effect, "effect");
        Require.present(caseId, "caseId");
        Require.present(startedAt, "startedAt");
        Require.present(dueOn, "dueOn");
        Require.present(dueAt, "dueAt");
    }
}

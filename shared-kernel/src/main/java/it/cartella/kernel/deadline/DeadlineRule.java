package it.cartella.kernel.deadline;

import it.cartella.kernel.adi.UpdateExemption;
import it.cartella.kernel.command.Require;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One rule with a clock, as configured: which signals start, stop and move it, how long it runs, who is exempt, what
 * happens when it runs out, and the legal source. {@code version} changes whenever the rule does; every due date
 * records the version that produced it.
 * <p>
 * A duration in days, months or years ({@code P120D}, {@code P18M}) gives a due <em>day</em>: the last day allowed,
 * missed when that day is over in Italy. A duration in hours ({@code PT72H}) gives a due instant.
 *
 * @param start      signals that start the clock (again, replacing a running one)
 * @param stop       signals that stop it: the awaited fact, or the end of what the clock watched
 * @param reschedule signals that move a running clock's start without starting one that is not running
 * @param exemptions a clock does not start for a subject with any of these
 */
public record DeadlineRule(
        String id,
        int version,
        String labelIt,
        String labelEn,
        OwnerType owner,
        Scope scope,
        List<String> start,
        List<String> stop,
        List<String> reschedule,
        String duration,
        Set<UpdateExemption> exemptions,
        RuleEffect effect,
        String source) {

    public DeadlineRule {
        Require.text(id, "id");
        if (version < 1) {
            throw new IllegalArgumentException("Rule " + id + ": version must be at least 1");
        }
        Require.text(labelIt, "labelIt");
        Require.text(labelEn, "labelEn");
        Require.present(owner, "owner");
        scope = scope == null ? Scope.OWNER : scope;
        start = List.copyOf(Require.present(start, "start"));
        stop = stop == null ? List.of() : List.copyOf(stop);
        reschedule = reschedule == null ? List.of() : List.copyOf(reschedule);
        Require.text(duration, "duration");
        exemptions = exemptions == null || exemptions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(exemptions));
        Require.present(effect, "effect");
        Require.text(source, "source");
        if (start.isEmpty()) {
            throw new IllegalArgumentException("Rule " + id + ": no start signal");
        }
        due(duration, Instant.EPOCH);
    }

    /** True when the clock does not apply to a subject with these exemptions. */
    public boolean exempts(Set<UpdateExemption> subject) {
        return subject.stream().anyMatch(exemptions::contains);
    }

    /** When a clock started at {@code startAt} is due. */
    public Due dueFrom(Instant startAt) {
        return due(duration, startAt);
    }

    private static Due due(String duration, Instant startAt) {
        if (duration.contains("T")) {
            Instant dueAt = startAt.plus(Duration.parse(duration));
            return new Due(LocalDate.ofInstant(dueAt, Require.ITALY), dueAt);
        }
        LocalDate dueOn = LocalDate.ofInstant(startAt, Require.ITALY).plus(Period.parse(duration));
        return new Due(dueOn, dueOn.plusDays(1).atStartOfDay(Require.ITALY).toInstant());
    }

    /**
     * A due date.
     *
     * @param dueOn the day it is due, in Italy
     * @param dueAt the instant it is missed
     */
    public record Due(LocalDate dueOn, Instant dueAt) {
    }
}

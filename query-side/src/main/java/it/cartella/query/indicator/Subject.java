package it.cartella.query.indicator;

import java.util.function.Function;

/**
 * What a count counts: every fact ({@link #APPLICATION}, e.g. each signed plan version, each activation) or the
 * distinct persons, households, cases, episodes or Comuni the facts concern. A definition always says which, because
 * the plans' figures differ by it.
 */
public enum Subject {
    /** Each fact once: per application, per activation, per meeting. */
    APPLICATION(Fact::id),
    /** Distinct persons, by pseudonymous id. */
    PERSON(Fact::personId),
    /** Distinct households; a person taken in charge without a household counts as a household of one. */
    HOUSEHOLD(f -> f.householdId() != null ? "household:" + f.householdId() : "person:" + f.personId()),
    /** Distinct cases. */
    CASE(Fact::caseId),
    /** Distinct interventions, plans, discharges, traineeships or contacts. */
    EPISODE(Fact::episodeId),
    /** Distinct Comuni of residence. */
    COMUNE(Fact::comune);

    private final Function<Fact, String> key;

    Subject(Function<Fact, String> key) {
        this.key = key;
    }

    /** Null when the fact does not concern such a subject (a contact without a person): it is then not counted. */
    public String of(Fact fact) {
        return key.apply(fact);
    }
}

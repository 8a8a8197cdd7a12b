package it.cartella.query.indicator;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;

/**
 * The vocabulary indicators are written in (documented with examples in the README, "Indicator vocabulary"). Each
 * element reads some facts and computes one {@link Cell} for the facts a {@link Scope} anchors.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Count.class, name = "count"),
        @JsonSubTypes.Type(value = Ratio.class, name = "ratio"),
        @JsonSubTypes.Type(value = DurationStatistic.class, name = "duration"),
        @JsonSubTypes.Type(value = WithinLimit.class, name = "within"),
        @JsonSubTypes.Type(value = Coverage.class, name = "coverage"),
        @JsonSubTypes.Type(value = ScoreChange.class, name = "scoreChange")})
public sealed interface Computation permits Count, Ratio, DurationStatistic, WithinLimit, Coverage, ScoreChange {

    /** Whether this computation reads the fact: only such facts are kept for (and back-filled into) a version. */
    boolean reads(Fact fact);

    Cell evaluate(List<Fact> facts, Scope scope);

    /** Counts are suppressed cell by cell, with complementary cells, and their totals add up. */
    default boolean counts() {
        return false;
    }

    /** "n", "%", "giorni"/"days"..., in English. */
    String measure();
}

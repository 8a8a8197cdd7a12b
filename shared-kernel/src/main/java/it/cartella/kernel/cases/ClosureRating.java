package it.cartella.kernel.cases;

/** How the beneficiary, or the operator, judges the path at closure: each gives a rating independently. */
public enum ClosureRating {
    POSITIVE,
    PARTIAL,
    NEGATIVE,
    /** The beneficiary could not or would not say (moved away, unreachable, deceased). */
    NOT_EXPRESSED
}

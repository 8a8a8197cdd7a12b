package it.cartella.kernel.household;

/** A member's relationship to the household's reference person (the <i>intestatario</i>), as the anagrafe states. */
public enum Relationship {
    REFERENCE_PERSON,
    SPOUSE_OR_PARTNER,
    CHILD,
    PARENT,
    SIBLING,
    GRANDCHILD,
    GRANDPARENT,
    OTHER_RELATIVE,
    NOT_RELATED
}

package it.cartella.kernel.household;

/** The household's composition, in the categories of the ISTAT and INPS household statistics. */
public enum CompositionType {
    SINGLE_PERSON,
    COUPLE_WITHOUT_CHILDREN,
    COUPLE_WITH_CHILDREN,
    SINGLE_PARENT,
    /** Several generations or several nuclei living together. */
    EXTENDED,
    /** People not related to each other sharing a home. */
    UNRELATED_COHABITANTS,
    OTHER
}

package it.cartella.kernel.sharing;

/**
 * Why sharing a person's data with another organisation is lawful (GDPR art. 6 and 9). Every basis but CONSENT
 * cites its source: the law, the court order, the agreement's reference.
 */
public enum LegalBasis {
    /** The person agreed, for this purpose: recorded with its evidence, and withdrawable. */
    CONSENT,
    /** A law or a court order requires it (e.g. child protection reports to the court). */
    LEGAL_OBLIGATION,
    /** A task in the public interest assigned by law (e.g. integrated social and health care). */
    PUBLIC_INTEREST,
    /** To protect someone's life when they cannot consent. */
    VITAL_INTEREST,
    /** A protocol, convention or data-processing agreement between the organisations. */
    AGREEMENT;

    public boolean needsReference() {
        return this != CONSENT;
    }
}

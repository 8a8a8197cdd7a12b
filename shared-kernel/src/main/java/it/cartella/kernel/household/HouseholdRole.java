package it.cartella.kernel.household;

/** What a member does for the services, apart from kinship. */
public enum HouseholdRole {
    /** Applied for the benefit or service on the household's behalf (the ADI <i>richiedente</i>). */
    APPLICANT,
    MEMBER,
    /** Cares for another member (<i>caregiver familiare</i>). */
    CAREGIVER,
    /** Parent, guardian or support administrator of another member. */
    LEGAL_REPRESENTATIVE
}

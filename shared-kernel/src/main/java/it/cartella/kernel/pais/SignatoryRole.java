package it.cartella.kernel.pais;

/** In which capacity someone signs a plan. */
public enum SignatoryRole {
    BENEFICIARY,
    /** Another member of the household, for the commitments that bind them. */
    HOUSEHOLD_MEMBER,
    /** A parent, guardian or support administrator signing for the beneficiary. */
    LEGAL_REPRESENTATIVE,
    CASE_MANAGER,
    /** A professional of another organisation of the team (ASST, CPI...). */
    PROFESSIONAL
}

package it.cartella.app.access;

/** Why a user may see or change a case, as the access log records it. */
public enum AccessBasis {
    /** The case manager the case is assigned to, in the owning organisation. */
    CASE_MANAGER,
    /** A coordinator of the owning organisation, or of the Ufficio di Piano of its Ambito. */
    COORDINATOR,
    /** A member of the sealed team. */
    SEALED_TEAM,
    /** Emergency access to a sealed case, time-limited, notified to the DPO. */
    BREAK_GLASS,
    /** A share grant in force for the user's organisation. */
    SHARE_GRANT,
    /** A referral accepted by the user's organisation. */
    REFERRAL,
    /** An auditor of the Ambito, reading only. */
    AUDIT,
    /** A user of the organisation that recorded a person, household or contact not yet part of any case. */
    RECORDING_ORGANISATION,
    /** None: access denied. */
    NONE
}

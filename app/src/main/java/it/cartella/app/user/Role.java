package it.cartella.app.user;

/** What a user does in Cartella; a user may hold several roles. */
public enum Role {
    /** Follows the cases assigned to them in their organisation (assistente sociale). */
    CASE_MANAGER,
    /** Sees and changes every case of their organisation; for an Ufficio di Piano, of its whole Ambito. */
    COORDINATOR,
    /** Works in a partner organisation: sees only what is shared with or referred to it. */
    PARTNER_OPERATOR,
    /** Reads case timelines and the access log, changes nothing. */
    AUDITOR,
    /** Sees aggregates only, never a person. */
    ANALYST,
    /** Data protection officer: erasure, the register of processing, break-glass notifications. */
    DPO,
    /** Manages organisations, agreements and users; sees no case. */
    ADMIN
}

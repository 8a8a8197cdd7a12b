package it.cartella.kernel.referral;

/** SENT → ACCEPTED or REJECTED; ACCEPTED → CLOSED; SENT or ACCEPTED → REVOKED by the sender. */
public enum ReferralStatus {
    SENT,
    ACCEPTED,
    REJECTED,
    CLOSED,
    REVOKED;

    /** Whether the receiving organisation sees the case through this referral now. */
    public boolean grantsAccess() {
        return this == ACCEPTED;
    }
}

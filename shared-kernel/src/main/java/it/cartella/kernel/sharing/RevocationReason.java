package it.cartella.kernel.sharing;

/** Why a share grant or a referral was revoked before its end. */
public enum RevocationReason {
    /** The person withdrew their consent: access ends at once. */
    CONSENT_WITHDRAWN,
    /** The purpose was achieved or the collaboration ended. */
    NO_LONGER_NEEDED,
    /** Granted by mistake (wrong recipient, wrong case). */
    GRANTED_IN_ERROR
}

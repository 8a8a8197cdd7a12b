package it.cartella.kernel.tirocinio;

/**
 * Why a traineeship stopped early. Coarse on purpose: the values stay readable for statistics after erasure, so
 * none reveals health or judicial facts; the details go in the interruption's note.
 */
public enum InterruptionReason {
    TRAINEE_WITHDREW,
    PERSONAL_CIRCUMSTANCES,
    HOST_WITHDREW,
    /** The trainee did not keep to the agreed project (absences, conduct). */
    NON_COMPLIANCE,
    OTHER
}

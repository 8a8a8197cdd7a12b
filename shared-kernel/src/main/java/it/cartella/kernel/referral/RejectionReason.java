package it.cartella.kernel.referral;

/** Why a receiving organisation declined a referral: codes, so no free text about the person travels back. */
public enum RejectionReason {
    NOT_COMPETENT,
    NO_CAPACITY,
    INCOMPLETE_INFORMATION,
    PERSON_DECLINED
}

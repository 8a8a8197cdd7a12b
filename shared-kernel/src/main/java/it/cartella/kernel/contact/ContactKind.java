package it.cartella.kernel.contact;

/** How the contact came about (BRIEF section 3, step 1). */
public enum ContactKind {
    /** The person, or someone close, came to the services (<i>accesso</i>). */
    ACCESS,
    /** Another service, institution or citizen reported a situation (<i>segnalazione</i>). */
    REFERRAL
}

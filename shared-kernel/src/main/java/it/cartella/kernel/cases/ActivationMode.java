package it.cartella.kernel.cases;

/** Why the services act: because the person asked, or because the law obliges them to protect (BRIEF step 2). */
public enum ActivationMode {
    ON_REQUEST,
    /** Institutional protection duty: a minor at risk, a court mandate, an adult unable to ask. */
    PROTECTION_DUTY
}

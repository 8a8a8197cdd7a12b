package it.cartella.kernel.tirocinio;

/** How a traineeship that ran its course ended; an interruption is its own event, with its reason. */
public enum TirocinioOutcome {
    COMPLETED,
    /** The trainee was hired, by the host or elsewhere. */
    HIRED
}

package it.cartella.kernel.deadline;

/**
 * What a clock is counted for: its owner aggregate, or the case, when the fact that stops it is recorded on another
 * aggregate of the same case (the PaIS signature stops a clock of the Assegno di Inclusione).
 */
public enum Scope {
    OWNER,
    CASE
}

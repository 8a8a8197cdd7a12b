package it.cartella.kernel.pais;

/**
 * The kinds of personal plan. They share one shape (objectives, expected results, commitments, supports,
 * monitoring, signatures), so one aggregate serves them all; the kind says which rules and forms apply.
 */
public enum PlanKind {
    /** Patto per l'Inclusione Sociale, the signed plan of an Assegno di Inclusione household. */
    PAIS,
    /** Piano di Assistenza Individualizzato, e.g. for a protected discharge. */
    PAI,
    /** The life plan of a disabled person (D.Lgs. 62/2024). */
    PROGETTO_DI_VITA,
    /** Individual plan: homeless people, SELF job placement, Dopo di Noi. */
    PROGETTO_INDIVIDUALIZZATO,
    /** Educational pact for minors. */
    PATTO_EDUCATIVO
}

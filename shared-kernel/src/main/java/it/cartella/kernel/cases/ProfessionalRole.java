package it.cartella.kernel.cases;

/**
 * The profession in which someone takes part in an assessment or a team. Structured, not free text, because the
 * plans count by it ("valutazioni con partecipazione dell'assistente sociale / valutazioni totali").
 */
public enum ProfessionalRole {
    ASSISTENTE_SOCIALE,
    EDUCATORE,
    PSICOLOGO,
    /** A physician: general practitioner, paediatrician, specialist, geriatrician of the UVM. */
    MEDICO,
    INFERMIERE,
    TERAPISTA_RIABILITAZIONE,
    MEDIATORE_CULTURALE,
    /** An operator of the job centre (CPI) or of a work-inclusion service. */
    OPERATORE_LAVORO,
    INSEGNANTE,
    /** A volunteer or operator of Caritas or another third-sector organisation. */
    OPERATORE_TERZO_SETTORE,
    COORDINATORE,
    AMMINISTRATIVO,
    ALTRO
}

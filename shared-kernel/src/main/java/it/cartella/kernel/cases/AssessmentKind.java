package it.cartella.kernel.cases;

/** The kind of multidimensional assessment (BRIEF section 3, step 3). */
public enum AssessmentKind {
    /** The Analisi Preliminare of the Assegno di Inclusione: always due. */
    ANALISI_PRELIMINARE,
    /** The Quadro di Analisi: for complex cases, after the Analisi Preliminare. */
    QUADRO_DI_ANALISI,
    /** The joint social and health assessment with the ASST (EVM/UVM), for frail elderly and disabled people. */
    EVM_UVM,
    OTHER
}

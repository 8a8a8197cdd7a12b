package it.cartella.kernel.cases;

/** How a contact or a case reached the services (BRIEF section 3, step 1). */
public enum AccessChannel {
    /** Information and first-access desk of a Comune. */
    SEGRETARIATO_SOCIALE,
    /** Punto Unico di Accesso, the joint social and health access point with the ASST. */
    PUA,
    /** A thematic service desk (housing, foreigners, disability...). */
    SPORTELLO,
    /** The 24/7 social emergency service. */
    PRONTO_INTERVENTO_SOCIALE,
    /** A court mandate (child protection, support administration, criminal-justice measures). */
    AUTORITA_GIUDIZIARIA,
    /** A hospital ward or the COT (Centrale Operativa Territoriale), usually for a protected discharge. */
    OSPEDALE_COT,
    SCUOLA,
    /** Another health service of the ASST: CPS, SerD, UONPIA, Consultorio, general practitioner. */
    SERVIZI_SANITARI,
    /** The national flow of the Assegno di Inclusione: INPS sends the household after it signs the PAD. */
    FLUSSO_ADI_INPS,
    CARITAS,
    /** Another third-sector organisation (cooperative, association, anti-violence centre). */
    TERZO_SETTORE,
    /** The person came forward directly or through family. */
    ACCESSO_SPONTANEO,
    ALTRO
}

package it.cartella.app.organisation;

/**
 * What an organisation is. AMBITO stands for the Ambito's Ufficio di Piano, the office that runs the associated
 * social services of its Comuni; AZIENDA is an azienda speciale consortile or similar public company running them.
 */
public enum OrganisationKind {
    COMUNE,
    AMBITO,
    AZIENDA,
    ASST,
    ATS,
    CARITAS,
    ETS,
    SCHOOL,
    CPI,
    COURT
}

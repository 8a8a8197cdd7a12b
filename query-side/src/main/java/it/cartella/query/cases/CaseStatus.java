package it.cartella.query.cases;

/** Where a case stands, as the case list shows it. */
public enum CaseStatus {
    OPEN,
    CLOSED
}

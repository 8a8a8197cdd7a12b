package it.cartella.app.organisation;

/** The legal instruments under which organisations exchange personal data. */
public enum AgreementKind {
    /** Protocollo d'intesa: a framework between public bodies (Ambito and ASST, schools, courts). */
    PROTOCOL,
    /** Convenzione: a contract for a service (with a Caritas, a cooperative). */
    CONVENTION,
    /** GDPR art. 28 agreement with a processor acting on the controller's behalf. */
    DATA_PROCESSING_AGREEMENT
}

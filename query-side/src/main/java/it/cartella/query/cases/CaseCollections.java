package it.cartella.query.cases;

/**
 * The read model behind the case list and detail: one document per case, with the person's identifying fields
 * copied in so that a page of cases is one query, and one document per person to copy them from.
 */
final class CaseCollections {

    static final String CASES = "case_view";
    static final String PERSONS = "case_view_persons";

    static final String ID = "_id";
    static final String PERSON_ID = "personId";
    static final String CODICE_FISCALE = "codiceFiscale";
    static final String FIRST_NAME = "firstName";
    static final String LAST_NAME = "lastName";
    static final String BIRTH_DATE = "birthDate";
    static final String SEX = "sex";
    static final String RESIDENCE_COMUNE = "residenceComune";
    static final String OWNING_ORGANISATION = "owningOrganisation";
    static final String MACRO_AREA = "macroArea";
    static final String CHANNEL = "channel";
    static final String ACTIVATION_MODE = "activationMode";
    static final String CASE_MANAGER = "caseManager";
    static final String HOUSEHOLD_ID = "householdId";
    static final String OPENED_ON = "openedOn";
    static final String RECORDED_AT = "recordedAt";
    static final String STATUS = "status";
    static final String CLOSED_ON = "closedOn";

    /** The person fields a case document copies from its person document. */
    static final String[] PERSON_FIELDS = {CODICE_FISCALE, FIRST_NAME, LAST_NAME, BIRTH_DATE, SEX};

    private CaseCollections() {
    }
}

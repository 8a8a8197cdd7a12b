package it.cartella.query.cases;

import org.bson.Document;

import java.time.LocalDate;

import static it.cartella.query.cases.CaseCollections.*;

/**
 * A case as the list and the detail show it. The person's fields are null until the person's registration has
 * been projected, and after the person's data were erased.
 */
public record CaseView(
        String caseId,
        String personId,
        String codiceFiscale,
        String firstName,
        String lastName,
        LocalDate birthDate,
        String sex,
        String residenceComune,
        String owningOrganisation,
        String macroArea,
        String channel,
        String activationMode,
        String caseManager,
        String householdId,
        LocalDate openedOn,
        CaseStatus status,
        LocalDate closedOn) {

    static CaseView from(Document d) {
        return new CaseView(
                d.getString(ID),
                d.getString(PERSON_ID),
                d.getString(CODICE_FISCALE),
                d.getString(FIRST_NAME),
                d.getString(LAST_NAME),
                date(d.getString(BIRTH_DATE)),
                d.getString(SEX),
                d.getString(RESIDENCE_COMUNE),
                d.getString(OWNING_ORGANISATION),
                d.getString(MACRO_AREA),
                d.getString(CHANNEL),
                d.getString(ACTIVATION_MODE),
                d.getString(CASE_MANAGER),
                d.getString(HOUSEHOLD_ID),
                date(d.getString(OPENED_ON)),
                CaseStatus.valueOf(d.getString(STATUS)),
                date(d.getString(CLOSED_ON)));
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}

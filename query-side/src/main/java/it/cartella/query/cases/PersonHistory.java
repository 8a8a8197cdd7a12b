package it.cartella.query.cases;

import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;
import java.util.List;

import static it.cartella.kernel.privacy.PersonalDataCategory.IDENTIFYING;

/** A person across all the cases that concern them, newest first, with what they are in each. */
public record PersonHistory(String personId,
                            @PersonalData(IDENTIFYING) String codiceFiscale,
                            @PersonalData(IDENTIFYING) String firstName,
                            @PersonalData(IDENTIFYING) String lastName,
                            @PersonalData(IDENTIFYING) LocalDate birthDate,
                            String sex,
                            List<CaseEntry> cases) {

    public record CaseEntry(String caseId, List<String> roles, CaseStatus status, LocalDate openedOn,
                            LocalDate closedOn, String macroArea, String residenceComune, String owningOrganisation,
                            String caseManager, int plans, int interventions, int tirocini, int discharges) {
    }
}

package it.cartella.kernel.cases;

import it.cartella.kernel.catalog.OutcomeCode;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/** The case was closed. Outcome and ratings are pseudonymous facts for the indicators; the notes are not. */
public record CaseClosed(
        CaseId caseId,
        @DataSubject PersonId personId,
        OutcomeCode outcome,
        ClosureRating beneficiaryRating,
        ClosureRating operatorRating,
        LocalDate closedOn,
        @PersonalData(SOCIAL) String notes) {

    public CaseClosed {
        Require.present(caseId, "caseId");
        Require.present(personId, "personId");
        Require.present(outcome, "outcome");
        Require.present(beneficiaryRating, "beneficiaryRating");
        Require.present(operatorRating, "operatorRating");
        Require.present(closedOn, "closedOn");
    }
}

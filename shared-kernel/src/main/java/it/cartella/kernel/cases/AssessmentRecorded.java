package it.cartella.kernel.cases;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;
import java.util.List;

import static it.cartella.kernel.privacy.PersonalDataCategory.HEALTH;

/**
 * An assessment was recorded. Carries the case's person as data subject, whose key protects the result.
 * Personal-data fields are not checked: after erasure they read back empty.
 */
public record AssessmentRecorded(
        CaseId caseId,
        @DataSubject PersonId personId,
        AssessmentKind kind,
        String instrument,
        LocalDate assessedOn,
        @PersonalData(HEALTH) String result,
        List<Participant> participants) {

    public AssessmentRecorded {
        Require.present(caseId, "caseId");
        Require.present(personId, "personId");
        Require.present(kind, "kind");
        Require.present(assessedOn, "assessedOn");
        participants = List.copyOf(Require.present(participants, "participants"));
    }
}

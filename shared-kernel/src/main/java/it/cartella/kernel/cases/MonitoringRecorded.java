package it.cartella.kernel.cases;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;
import java.util.List;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/** Monitoring point T{step} was recorded. The notes are personal data; the scores are pseudonymous measures. */
public record MonitoringRecorded(
        CaseId caseId,
        @DataSubject PersonId personId,
        int step,
        LocalDate monitoredOn,
        List<DomainScore> scores,
        @PersonalData(SOCIAL) String notes) {

    public MonitoringRecorded {
        Require.present(caseId, "caseId");
        Require.present(personId, "personId");
        Require.present(monitoredOn, "monitoredOn");
        scores = List.copyOf(Require.present(scores, "scores"));
    }
}

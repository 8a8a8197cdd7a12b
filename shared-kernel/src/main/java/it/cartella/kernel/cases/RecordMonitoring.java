package it.cartella.kernel.cases;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/**
 * Records a monitoring point: T0 (the baseline) is step 0, then T1, T2... in order, each with scores per domain so
 * that change can be measured.
 */
public record RecordMonitoring(
        @TargetAggregate CaseId caseId,
        int step,
        LocalDate monitoredOn,
        List<DomainScore> scores,
        @PersonalData(SOCIAL) String notes) {

    public RecordMonitoring {
        Require.present(caseId, "caseId");
        if (step < 0) {
            throw DomainException.invalid("step", "MONITORING_STEP_INVALID",
                    "Il punto di monitoraggio parte da T0.", "Monitoring steps start at T0.");
        }
        Require.past(monitoredOn, "monitoredOn");
        Require.present(scores, "scores");
        if (scores.isEmpty()) {
            throw DomainException.invalid("scores", "SCORES_REQUIRED",
                    "Indicare almeno un punteggio.", "Give at least one score.");
        }
        if (new HashSet<>(scores.stream().map(DomainScore::domain).toList()).size() != scores.size()) {
            throw DomainException.invalid("scores", "DOMAIN_SCORED_TWICE",
                    "Un dominio ha più di un punteggio.", "A domain has more than one score.");
        }
        scores = List.copyOf(scores);
        notes = Require.optionalLongText(notes, "notes");
    }
}

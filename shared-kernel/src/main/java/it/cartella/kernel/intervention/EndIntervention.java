package it.cartella.kernel.intervention;

import it.cartella.kernel.catalog.OutcomeCode;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.InterventionId;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/**
 * Ends the intervention with an outcome of the catalogue (DIMESSO, RIORIENTATO, TERMINATA, ASSUNTO...).
 *
 * @param note optional
 */
public record EndIntervention(
        @TargetAggregate InterventionId interventionId,
        LocalDate endedOn,
        OutcomeCode outcome,
        @PersonalData(SOCIAL) String note) {

    public EndIntervention {
        Require.present(interventionId, "interventionId");
        Require.past(endedOn, "endedOn");
        Require.present(outcome, "outcome");
        if (outcome.kind() != OutcomeCode.Kind.CLOSURE) {
            throw DomainException.invalid("outcome", "OUTCOME_NOT_FOR_CLOSURE",
                    "Questo esito si registra come verifica successiva, non alla conclusione.",
                    "This outcome is recorded as a later follow-up, not at the end.");
        }
        note = Require.optionalLongText(note, "note");
    }
}

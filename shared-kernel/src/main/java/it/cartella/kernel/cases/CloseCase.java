package it.cartella.kernel.cases;

import it.cartella.kernel.catalog.OutcomeCode;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;
import java.util.Set;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/**
 * Closes the case with one outcome from the catalogue and the two independent ratings.
 * <p>
 * A positive closure needs both the beneficiary and the operator to rate the path positive (Lodi PdZ: "conclusi
 * positivamente si intende valutati positivamente sia dal beneficiario sia dagli operatori coinvolti"), so the
 * positive outcomes are refused unless both ratings are POSITIVE: nobody can simply tick them.
 *
 * @param notes optional closing remarks
 */
public record CloseCase(
        @TargetAggregate CaseId caseId,
        OutcomeCode outcome,
        ClosureRating beneficiaryRating,
        ClosureRating operatorRating,
        LocalDate closedOn,
        @PersonalData(SOCIAL) String notes) {

    /** The closure outcomes that state a positive conclusion. */
    public static final Set<String> POSITIVE_OUTCOMES =
            Set.of("CONCLUSO_POSITIVAMENTE", "CONCLUSO_POSITIVAMENTE_SELF", "CHIUSA_POSITIVAMENTE");

    public CloseCase {
        Require.present(caseId, "caseId");
        Require.present(outcome, "outcome");
        Require.present(beneficiaryRating, "beneficiaryRating");
        Require.present(operatorRating, "operatorRating");
        Require.past(closedOn, "closedOn");
        notes = Require.optionalLongText(notes, "notes");
        if (outcome.kind() != OutcomeCode.Kind.CLOSURE) {
            throw DomainException.invalid("outcome", "OUTCOME_NOT_FOR_CLOSURE",
                    "Questo esito si registra come verifica successiva, non alla chiusura.",
                    "This outcome is recorded as a later follow-up, not at closure.");
        }
        if (POSITIVE_OUTCOMES.contains(outcome.code())
                && (beneficiaryRating != ClosureRating.POSITIVE || operatorRating != ClosureRating.POSITIVE)) {
            throw DomainException.invalid("outcome", "POSITIVE_OUTCOME_NEEDS_BOTH_RATINGS",
                    "Un esito positivo richiede la valutazione positiva sia del beneficiario sia dell'operatore.",
                    "A positive outcome needs a positive rating from both the beneficiary and the operator.");
        }
    }
}

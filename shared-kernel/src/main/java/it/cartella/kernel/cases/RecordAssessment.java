package it.cartella.kernel.cases;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;
import java.util.List;

import static it.cartella.kernel.privacy.PersonalDataCategory.HEALTH;

/**
 * Records a multidimensional assessment already carried out.
 *
 * @param instrument   the form or scale used (Analisi Preliminare GePI, SVAMA, ADL/IADL...)
 * @param result       the outcome in words; HEALTH, because a multidimensional assessment covers health and
 *                     functional status as well as the social situation
 * @param participants every professional who took part, with role and organisation
 */
public record RecordAssessment(
        @TargetAggregate CaseId caseId,
        AssessmentKind kind,
        String instrument,
        LocalDate assessedOn,
        @PersonalData(HEALTH) String result,
        List<Participant> participants) {

    public RecordAssessment {
        Require.present(caseId, "caseId");
        Require.present(kind, "kind");
        instrument = Require.text(instrument, "instrument");
        Require.past(assessedOn, "assessedOn");
        result = Require.longText(result, "result");
        participants = Participant.requireSome(participants, "participants");
    }
}

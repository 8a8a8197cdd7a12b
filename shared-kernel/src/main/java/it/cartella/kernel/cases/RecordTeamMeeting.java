package it.cartella.kernel.cases;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;
import java.util.List;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/** Records a meeting of the case's team: who attended and what was decided. */
public record RecordTeamMeeting(
        @TargetAggregate CaseId caseId,
        LocalDate heldOn,
        List<Participant> attendees,
        @PersonalData(SOCIAL) String decisions) {

    public RecordTeamMeeting {
        Require.present(caseId, "caseId");
        Require.past(heldOn, "heldOn");
        attendees = Participant.requireSome(attendees, "attendees");
        decisions = Require.longText(decisions, "decisions");
    }
}

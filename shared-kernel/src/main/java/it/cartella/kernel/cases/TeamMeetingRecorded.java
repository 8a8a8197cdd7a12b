package it.cartella.kernel.cases;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;
import java.util.List;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/** A team meeting took place. Personal-data fields are not checked: after erasure they read back empty. */
public record TeamMeetingRecorded(
        CaseId caseId,
        @DataSubject PersonId personId,
        LocalDate heldOn,
        List<Participant> attendees,
        @PersonalData(SOCIAL) String decisions) {

    public TeamMeetingRecorded {
        Require.present(caseId, "caseId");
        Require.present(personId, "personId");
        Require.present(heldOn, "heldOn");
        attendees = List.copyOf(Require.present(attendees, "attendees"));
    }
}

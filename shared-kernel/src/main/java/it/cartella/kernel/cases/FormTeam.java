package it.cartella.kernel.cases;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.CaseId;

import java.util.List;

/**
 * Forms the case's multidisciplinary team (<i>équipe multidisciplinare</i>), or gives it a new composition:
 * the members listed replace the previous ones.
 */
public record FormTeam(@TargetAggregate CaseId caseId, List<Participant> members) {

    public FormTeam {
        Require.present(caseId, "caseId");
        members = Participant.requireSome(members, "members");
    }
}

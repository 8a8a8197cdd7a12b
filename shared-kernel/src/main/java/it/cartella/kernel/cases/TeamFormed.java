package it.cartella.kernel.cases;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;

import java.util.List;

/** The team now has these members, possibly from several organisations. */
public record TeamFormed(CaseId caseId, List<Participant> members) {

    public TeamFormed {
        Require.present(caseId, "caseId");
        members = List.copyOf(Require.present(members, "members"));
    }
}

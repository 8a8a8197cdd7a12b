package it.cartella.app.cases;

import it.cartella.app.command.CommandAnswer;
import it.cartella.kernel.id.CaseId;

/** The answer to a command on a case: its id, also in the Location header. */
public record CaseRef(String caseId) {

    static String location(CaseId caseId) {
        return "/api/cases/" + caseId.value();
    }

    static CommandAnswer<CaseRef> created(CaseId caseId) {
        return CommandAnswer.created(location(caseId), new CaseRef(caseId.value()));
    }

    static CommandAnswer<CaseRef> changed(CaseId caseId) {
        return CommandAnswer.ok(location(caseId), new CaseRef(caseId.value()));
    }
}

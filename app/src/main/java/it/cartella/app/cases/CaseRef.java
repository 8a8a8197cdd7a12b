package it.cartella.app.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import it.cartella.app.command.CommandAnswer;
import it.cartella.kernel.id.CaseId;

/**
 * The answer to a command on a case: its id, also in the Location header, and after a change the case's version,
 * also the answer's ETag, to name in {@code If-Match} on the next change.
 */
public record CaseRef(String caseId, @JsonInclude(JsonInclude.Include.NON_NULL) Long version) {

    public CaseRef(String caseId) {
        this(caseId, null);
    }

    static String location(CaseId caseId) {
        return "/api/cases/" + caseId.value();
    }

    static CommandAnswer<CaseRef> created(CaseId caseId) {
        return CommandAnswer.created(location(caseId), new CaseRef(caseId.value(), null));
    }

    static CommandAnswer<CaseRef> changed(CaseId caseId, Long version) {
        return CommandAnswer.ok(location(caseId), new CaseRef(caseId.value(), version));
    }
}

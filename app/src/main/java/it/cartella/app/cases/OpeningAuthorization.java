package it.cartella.app.cases;

import it.cartella.app.access.AccessBasis;
import it.cartella.app.access.CaseAccess;
import it.cartella.app.access.CaseGuard;
import it.cartella.app.audit.AccessLogEntry;
import it.cartella.app.security.Actor;
import it.cartella.app.user.Role;
import it.cartella.kernel.cases.OpenCase;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Who may open a case for which organisation, and the access-log entry of the opening: one rule for the API and
 * the web form, which both open cases through {@link CaseOpening}.
 */
@Component
public class OpeningAuthorization {

    private final CaseGuard guard;

    OpeningAuthorization(CaseGuard guard) {
        this.guard = guard;
    }

    /** Runs inside the command's blocking work, after validation and before anything is stored; throws when refused. */
    public void authorize(Actor actor, OpenCase openCase) {
        guard.policy().requireOpen(actor, openCase.owningOrganisation())
                .then(guard.record(actor, openCase.caseId().value(), null, "OpenCase", CaseAccess.CASE_MANAGEMENT,
                        Set.of(), (actor.has(Role.COORDINATOR) ? AccessBasis.COORDINATOR : AccessBasis.CASE_MANAGER)
                                .name(), AccessLogEntry.Outcome.ALLOWED))
                .block();
    }
}

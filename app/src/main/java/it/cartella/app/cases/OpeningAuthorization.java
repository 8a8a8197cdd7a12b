package it.cartella.app.cases;

import it.cartella.app.access.AccessBasis;
import it.cartella.app.access.CaseAccess;
import it.cartella.app.access.CaseGuard;
import it.cartella.app.audit.AccessLogEntry;
import it.cartella.app.command.PersonReferences;
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
    private final PersonReferences persons;

    OpeningAuthorization(CaseGuard guard, PersonReferences persons) {
        this.guard = guard;
        this.persons = persons;
    }

    /**
     * Runs inside the command's blocking work, after validation and before anything is stored; throws when refused.
     * A case for a person already registered, named by id, is only for a user who may see that person; a person found
     * by the codice fiscale the user typed, or registered by this opening, has a new id here and needs no such check.
     */
    public void authorize(Actor actor, OpenCase openCase) {
        persons.requireNameableIfRegistered(actor, openCase.personId(), "OpenCase");
        guard.policy().requireOpen(actor, openCase.owningOrganisation())
                .then(guard.record(actor, openCase.caseId().value(), null, "OpenCase", CaseAccess.CASE_MANAGEMENT,
                        Set.of(), (actor.has(Role.COORDINATOR) ? AccessBasis.COORDINATOR : AccessBasis.CASE_MANAGER)
                                .name(), AccessLogEntry.Outcome.ALLOWED))
                .block();
    }
}

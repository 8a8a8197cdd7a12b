package it.cartella.app.command;

import it.cartella.app.access.AccessBasis;
import it.cartella.app.access.CaseAccess;
import it.cartella.app.access.CaseAccessPolicy;
import it.cartella.app.access.CaseGuard;
import it.cartella.app.audit.AccessLogEntry;
import it.cartella.app.security.Actor;
import it.cartella.app.user.Role;
import it.cartella.kernel.access.BreakGlass;
import it.cartella.kernel.access.SealCase;
import it.cartella.kernel.cases.OpenCase;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.contact.RecordContact;
import it.cartella.kernel.household.AddHouseholdMember;
import it.cartella.kernel.household.RegisterHousehold;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.person.ErasePerson;
import it.cartella.kernel.person.RegisterPerson;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.referral.AcceptReferral;
import it.cartella.kernel.referral.CloseReferral;
import it.cartella.kernel.referral.RejectReferral;
import it.cartella.kernel.referral.RevokeReferral;
import it.cartella.kernel.referral.SendReferral;
import it.cartella.kernel.sharing.GrantShare;
import it.cartella.kernel.sharing.RevokeShare;
import it.cartella.query.cases.CaseFileQueries;
import it.cartella.query.cases.PersonHistory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The command side's check: every command a user sends about a case is sent only if the user may change that case
 * now, and the attempt is in the access log either way. The case is the one the command names (a {@link CaseId}
 * component), or, for a command on a record named by its own id (a plan, an intervention, a tirocinio, a discharge,
 * a benefit), the case that record was created for. Whatever HTTP route a command comes through, it cannot reach a
 * case its sender may not change.
 * <p>
 * A record id that names nothing (or a record of another kind) is answered exactly as a case the user may not see:
 * 403, logged as denied. Answering 404 instead would tell whoever guesses ids which records exist.
 * <p>
 * Persons, households and contacts belong to no one case: a change to one is allowed to whoever may change a case
 * of the person it concerns, or, while no case concerns them yet, to the organisation that recorded it.
 * <p>
 * A household or a contact names registered persons by id: only persons the sender may see ({@link PersonReferences}).
 */
@Component
class CommandAuthorization {

    /**
     * Commands whose routes decide and log before sending them: opening (the case does not exist yet, the owning
     * organisation is checked); sharing, referring and sealing, which need the case's facts to build; break-glass,
     * which is for those the seal keeps out; the moves on grants and referrals, which the receiving organisation
     * makes on a case it cannot change; and erasure, the DPO's.
     */
    private static final Set<Class<?>> DECIDED_BY_THEIR_ROUTE = Set.of(OpenCase.class, GrantShare.class,
            SendReferral.class, SealCase.class, BreakGlass.class, RevokeShare.class, AcceptReferral.class,
            RejectReferral.class, CloseReferral.class, RevokeReferral.class, ErasePerson.class);

    /** Commands that create a record of no case: the operational users of any organisation may record one. */
    private static final Set<Class<?>> RECORD_NO_CASE = Set.of(RegisterPerson.class, RegisterHousehold.class,
            RecordContact.class);


    private final CaseGuard guard;
    private final RecordOwners owners;
    private final CaseFileQueries caseFiles;
    private final PersonReferences persons;

    CommandAuthorization(CaseGuard guard, RecordOwners owners, CaseFileQueries caseFiles, PersonReferences persons) {
        this.guard = guard;
        this.owners = owners;
        this.caseFiles = caseFiles;
        this.persons = persons;
    }

    /** Blocking: runs where the command is sent, off the event loop. */
    void authorize(Actor actor, Object command) {
        if (DECIDED_BY_THEIR_ROUTE.contains(command.getClass()) || !command.getClass().isRecord()) {
            return;
        }
        String action = command.getClass().getSimpleName();
        if (command instanceof RegisterHousehold household) {
            // A new household names no record of its own yet: who may record one, and whom it may name.
            requireNewRecordOfNoCase(actor, command, null, action);
            household.members().forEach(member -> requireNameable(actor, member.person().value(), action));
            return;
        }
        if (command instanceof AddHouseholdMember added) {
            requireNameable(actor, added.member().person().value(), action);
        }
        if (command instanceof RecordContact contact && contact.person() != null) {
            requireNameable(actor, contact.person().value(), action);
        }
        Set<String> cases = new LinkedHashSet<>();
        Object target = null;
        String subject = null;
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            Object value = RecordOwners.read(component, command);
            if (value instanceof CaseId caseId) {
                cases.add(caseId.value());
            }
            if (component.isAnnotationPresent(TargetAggregate.class)) {
                target = value;
            }
            if (value instanceof PersonId person && component.isAnnotationPresent(DataSubject.class)) {
                subject = person.value();
            }
        }
        if (target != null && !(target instanceof CaseId)) {
            Optional<RecordOwners.Owner> owner = owners.of(target);
            if (owner.isPresent() && owner.get().caseId() != null) {
                cases.add(owner.get().caseId());
            } else if (owner.isPresent()) {
                requireChangeOfNoCase(actor, owner.get(), action);
            } else if (cases.isEmpty()) {
                requireNewRecordOfNoCase(actor, command, subject == null && target instanceof PersonId p
                        ? p.value() : subject, action);
            }
        }
        for (String caseId : cases) {
            guard.change(actor, caseId, action).block();
        }
    }

    /**
     * The creating event of the record the id names, for a route that needs it to build its command; a 403, logged,
     * as for a case the user may not see, when there is no such record. Whether the user may change the record is
     * decided when the command is sent.
     */
    <E> E existing(Actor actor, Object recordId, Class<E> creation, String action) {
        return owners.of(recordId).map(RecordOwners.Owner::creation).filter(creation::isInstance).map(creation::cast)
                .orElseThrow(() -> denied(actor, null, action));
    }

    private void requireNameable(Actor actor, String personId, String action) {
        persons.requireNameable(actor, PersonId.of(personId), action);
    }

    /** Unknown ids end here too: nothing but a creation may name a record that does not exist. */
    private void requireNewRecordOfNoCase(Actor actor, Object command, String personId, String action) {
        if (!RECORD_NO_CASE.contains(command.getClass()) || !operational(actor)) {
            throw denied(actor, personId, action);
        }
        allowed(actor, personId, action);
    }

    private void requireChangeOfNoCase(Actor actor, RecordOwners.Owner owner, String action) {
        List<String> casesOfPerson = owner.personId() == null ? List.of() : casesOf(owner.personId());
        if (!casesOfPerson.isEmpty()) {
            // Once a person has cases, who may change their record goes with those cases, sealed ones included.
            String changeable = Flux.fromIterable(casesOfPerson)
                    .concatMap(caseId -> guard.policy().access(actor, caseId))
                    .filter(CaseAccess::canChange).map(access -> access.facts().caseId()).blockFirst();
            if (changeable == null) {
                throw denied(actor, owner.personId(), action);
            }
            guard.change(actor, changeable, action).block();
            return;
        }
        if (!operational(actor) || !actor.organisation().value().equals(owner.recordedBy())) {
            throw denied(actor, owner.personId(), action);
        }
        allowed(actor, owner.personId(), action);
    }

    private List<String> casesOf(String personId) {
        return caseFiles.history(personId).map(history -> history.cases().stream()
                .map(PersonHistory.CaseEntry::caseId).toList()).blockOptional().orElse(List.of());
    }

    private void allowed(Actor actor, String personId, String action) {
        guard.record(actor, null, personId, action, CaseAccess.CASE_MANAGEMENT, Set.of(),
                AccessBasis.RECORDING_ORGANISATION.name(), AccessLogEntry.Outcome.ALLOWED).block();
    }

    private RuntimeException denied(Actor actor, String personId, String action) {
        guard.record(actor, null, personId, action, null, Set.of(), AccessBasis.NONE.name(),
                AccessLogEntry.Outcome.DENIED).block();
        return CaseAccessPolicy.denied();
    }

    private static boolean operational(Actor actor) {
        return actor.has(Role.CASE_MANAGER) || actor.has(Role.COORDINATOR) || actor.has(Role.PARTNER_OPERATOR);
    }
}

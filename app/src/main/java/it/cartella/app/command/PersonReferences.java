package it.cartella.app.command;

import it.cartella.app.access.AccessBasis;
import it.cartella.app.access.CaseAccess;
import it.cartella.app.access.CaseAccessPolicy;
import it.cartella.app.access.CaseGuard;
import it.cartella.app.audit.AccessLogEntry;
import it.cartella.app.security.Actor;
import it.cartella.app.user.Role;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.PersonalDataCategory;
import it.cartella.query.cases.CaseFileQueries;
import it.cartella.query.cases.PersonHistory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whom a user may name, by id, in a record of theirs: a household's member, a contact's person, the person of a case
 * being opened. Naming someone puts their identity into a record the user's organisation reads, so it is allowed only
 * for a person the user may see: one of whose cases they may read with its identifying data, or, before any case,
 * one their own organisation registered. The forms' person picker (PersonFinder) offers exactly those; anyone else,
 * named by a copied or guessed id, is refused (403, logged) as a record of a case the user may not see is.
 */
@Component
public class PersonReferences {

    /** What seeing a person means here: their identifying data, which the record shows with them. */
    private static final Set<PersonalDataCategory> IDENTIFYING = Set.of(PersonalDataCategory.IDENTIFYING);

    private final CaseGuard guard;
    private final RecordOwners owners;
    private final CaseFileQueries caseFiles;

    PersonReferences(CaseGuard guard, RecordOwners owners, CaseFileQueries caseFiles) {
        this.guard = guard;
        this.owners = owners;
        this.caseFiles = caseFiles;
    }

    /** Blocking. Throws (403, logged) unless the person is registered and the user may see them. */
    public void requireNameable(Actor actor, PersonId personId, String action) {
        Optional<RecordOwners.Owner> person = owners.of(personId);
        if (person.isEmpty() || !visible(actor, person.get(), personId.value())) {
            guard.record(actor, null, personId.value(), action, null, Set.of(), AccessBasis.NONE.name(),
                    AccessLogEntry.Outcome.DENIED).block();
            throw CaseAccessPolicy.denied();
        }
    }

    /** Blocking. As {@link #requireNameable}, for a person who is registered; nothing to decide for one who is not. */
    public void requireNameableIfRegistered(Actor actor, PersonId personId, String action) {
        if (owners.of(personId).isPresent()) {
            requireNameable(actor, personId, action);
        }
    }

    private boolean visible(Actor actor, RecordOwners.Owner person, String personId) {
        // The case view may not know a person registered a moment ago: no history means no case yet.
        List<String> cases = caseFiles.history(personId).map(PersonReferences::caseIds).blockOptional()
                .orElse(List.of());
        return sight(actor, person.recordedBy(), cases).blockOptional().isPresent();
    }

    /**
     * Why the user may see the person of this history: the first of their cases the user may read with its
     * identifying data, or, with no case yet, the user's organisation registered them. Empty when neither: the one
     * rule for naming a person in a record and for showing them in a search. Blocks only off the event loop.
     */
    public Mono<Sight> sight(Actor actor, PersonHistory history) {
        List<String> cases = caseIds(history);
        if (!cases.isEmpty()) {
            return sight(actor, null, cases);
        }
        return Mono.fromCallable(() -> owners.of(PersonId.of(history.personId())))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(owner -> Mono.justOrEmpty(owner.map(RecordOwners.Owner::recordedBy)))
                .flatMap(recordedBy -> sight(actor, recordedBy, cases));
    }

    /** A case that lets the user see the person, or the registering organisation's own basis. */
    public record Sight(String caseId, String purpose, AccessBasis basis) {
    }

    private Mono<Sight> sight(Actor actor, String recordedBy, List<String> cases) {
        if (cases.isEmpty()) {
            return operational(actor) && actor.organisation().value().equals(recordedBy)
                    ? Mono.just(new Sight(null, CaseAccess.CASE_MANAGEMENT, AccessBasis.RECORDING_ORGANISATION))
                    : Mono.empty();
        }
        return Flux.fromIterable(cases)
                .concatMap(caseId -> guard.policy().access(actor, caseId))
                .filter(access -> access.canRead() && access.categories().containsAll(IDENTIFYING))
                .next()
                .map(access -> new Sight(access.facts().caseId(), access.purpose(), access.basis()));
    }

    private static List<String> caseIds(PersonHistory history) {
        return history.cases().stream().map(PersonHistory.CaseEntry::caseId).toList();
    }

    private static boolean operational(Actor actor) {
        return actor.has(Role.CASE_MANAGER) || actor.has(Role.COORDINATOR) || actor.has(Role.PARTNER_OPERATOR);
    }
}

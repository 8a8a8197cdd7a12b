package it.cartella.app.persons;

import it.cartella.app.access.CaseGuard;
import it.cartella.app.audit.AccessLogEntry;
import it.cartella.app.command.PersonReferences;
import it.cartella.app.security.Actor;
import it.cartella.kernel.privacy.PersonalDataCategory;
import it.cartella.query.cases.CaseFileQueries;
import it.cartella.query.cases.PersonHistory;
import it.cartella.query.cases.PersonMatch;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds registered persons by name or codice fiscale for a user who must name one (a household's member, a
 * contact's person), showing only those the user may see, by the rules that decide who may change a person's record:
 * a person with cases is seen by whoever may read one of those cases with its identifying data (as the search page
 * shows a case found by name); a person no case concerns yet, by the organisation that registered them. Every person
 * shown is written to the access log, with the basis that let them be shown. The rule is {@link PersonReferences}'s,
 * the one that decides whom a user may name in a record.
 */
@Component
public class PersonFinder {

    /** Fewer than this many characters would list half the registry. */
    public static final int MIN_TERM = 2;
    public static final int MAX_SHOWN = 10;
    static final String ACTION = "READ_PERSON_SEARCH";
    /** Candidates looked at before deciding who is shown: enough for the people one Comune follows of a name. */
    private static final int CANDIDATES = 50;
    /** What a found person is shown with: names, codice fiscale, birth date. */
    private static final Set<PersonalDataCategory> SHOWN = Set.of(PersonalDataCategory.IDENTIFYING);

    private final CaseFileQueries caseFiles;
    private final CaseGuard guard;
    private final PersonReferences references;

    PersonFinder(CaseFileQueries caseFiles, CaseGuard guard, PersonReferences references) {
        this.caseFiles = caseFiles;
        this.guard = guard;
        this.references = references;
    }

    /** Empty for a term shorter than {@link #MIN_TERM}. */
    public Mono<List<PersonMatch>> find(Actor actor, String term) {
        String text = term == null ? "" : term.strip();
        if (text.length() < MIN_TERM) {
            return Mono.just(List.of());
        }
        return caseFiles.findPersons(text, CANDIDATES)
                .concatMap(person -> shown(actor, person).map(allowed -> person))
                .take(MAX_SHOWN)
                .collectList();
    }

    /**
     * The persons of those ids the user may see, each written to the access log as shown: a form shown again names
     * the persons chosen in it. The others are left out, as if unknown.
     */
    public Mono<List<PersonMatch>> named(Actor actor, Collection<String> personIds) {
        return Flux.fromIterable(new LinkedHashSet<>(personIds))
                .concatMap(caseFiles::history)
                .concatMap(history -> {
                    PersonMatch person = new PersonMatch(history.personId(), history.codiceFiscale(),
                            history.firstName(), history.lastName(), history.birthDate());
                    return shown(actor, person, history).map(allowed -> person);
                })
                .collectList();
    }

    private Mono<Boolean> shown(Actor actor, PersonMatch person) {
        return caseFiles.history(person.personId()).flatMap(history -> shown(actor, person, history));
    }

    /** Logs the person as shown and answers true, or answers empty (nothing logged) when the user may not see them. */
    private Mono<Boolean> shown(Actor actor, PersonMatch person, PersonHistory history) {
        return references.sight(actor, history)
                .flatMap(sight -> guard.record(actor, sight.caseId(), person.personId(), ACTION, sight.purpose(), SHOWN,
                        sight.basis().name(), AccessLogEntry.Outcome.ALLOWED).thenReturn(true));
    }
}

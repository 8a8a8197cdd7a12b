package it.cartella.app.persons;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.access.AccessBasis;
import it.cartella.app.access.CaseAccess;
import it.cartella.app.access.CaseAccessPolicy;
import it.cartella.app.access.CaseGuard;
import it.cartella.app.access.CategoryFilter;
import it.cartella.app.audit.AccessLogEntry;
import it.cartella.app.command.Commands;
import it.cartella.app.persons.PersonRequests.ChangeResidenceRequest;
import it.cartella.app.persons.PersonRequests.CorrectPersonDataRequest;
import it.cartella.app.persons.PersonRequests.RegisterPersonRequest;
import it.cartella.app.security.CurrentActor;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.PersonalDataCategory;
import it.cartella.query.cases.CaseFileQueries;
import it.cartella.query.cases.PersonHistory;
import it.cartella.query.cases.PersonMatch;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@RestController
@RequestMapping(path = "/api/persons", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Persons", description = "People known to the services, with or without a codice fiscale")
public class PersonController {

    private final Commands commands;
    private final CaseFileQueries caseFiles;
    private final CurrentActor currentActor;
    private final CaseGuard guard;
    private final CategoryFilter filter;
    private final PersonFinder finder;

    PersonController(Commands commands, CaseFileQueries caseFiles, CurrentActor currentActor, CaseGuard guard,
                     CategoryFilter filter, PersonFinder finder) {
        this.commands = commands;
        this.caseFiles = caseFiles;
        this.currentActor = currentActor;
        this.guard = guard;
        this.filter = filter;
        this.finder = finder;
    }

    @PostMapping(path = "/search", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Find registered persons by name or codice fiscale",
            description = "The persons every word of text starts the first or last name or the codice fiscale of, by "
                    + "surname, at most " + PersonFinder.MAX_SHOWN + ", among those the user may see (as the person "
                    + "picker of the forms shows them); each one shown is written to the access log. A POST keeps "
                    + "names out of URLs and logs. Text of fewer than " + PersonFinder.MIN_TERM + " characters: 400.")
    Mono<List<PersonMatch>> search(@RequestBody PersonSearchRequest request) {
        String words = request.words();
        return currentActor.get().flatMap(actor -> finder.find(actor, words));
    }

    @GetMapping("/{personId}/history")
    @Operation(summary = "The person and the cases that concern them which the user may see, newest first, with "
            + "their role in each",
            description = "Each case shown is in the access log; the person's identity only with a case that "
                    + "grants it. 403 when the user may see none of the person's cases, or there is no such person.")
    public Mono<Map<String, Object>> history(@PathVariable String personId) {
        String id = PersonId.of(personId).value();
        return currentActor.get().flatMap(actor -> caseFiles.history(id)
                .flatMap(history -> Flux.fromIterable(history.cases())
                        .concatMap(entry -> guard.policy().access(actor, entry.caseId()).filter(CaseAccess::canRead)
                                .flatMap(access -> guard.shown(actor, access, "READ_PERSON_HISTORY")
                                        .thenReturn(Map.entry(entry, access.categories()))))
                        .collectList()
                        .filter(shown -> !shown.isEmpty())
                        .map(shown -> visible(history, shown)))
                // Unknown, or known only through cases the user may not see: the same answer, logged.
                .switchIfEmpty(Mono.defer(() -> guard.record(actor, null, id, "READ_PERSON_HISTORY", null, Set.of(),
                        AccessBasis.NONE.name(), AccessLogEntry.Outcome.DENIED).then(Mono.error(
                        CaseAccessPolicy::denied)))));
    }

    /** The history with the cases the user may see, and the person's fields of the categories those grant. */
    private Map<String, Object> visible(PersonHistory history,
                                        List<Map.Entry<PersonHistory.CaseEntry, Set<PersonalDataCategory>>> shown) {
        Set<PersonalDataCategory> granted = EnumSet.noneOf(PersonalDataCategory.class);
        shown.forEach(entry -> granted.addAll(entry.getValue()));
        return filter.filter(new PersonHistory(history.personId(), history.codiceFiscale(), history.firstName(),
                history.lastName(), history.birthDate(), history.sex(),
                shown.stream().map(Map.Entry::getKey).toList()), granted);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a person",
            description = "409 PERSON_ALREADY_REGISTERED when the codice fiscale is already known: one person, "
                    + "one record.")
    public Mono<ResponseEntity<PersonRef>> register(@RequestBody RegisterPersonRequest request, ServerWebExchange exchange) {
        return commands.run(exchange, request, PersonRef.class, sender -> {
            PersonId personId = PersonId.newId();
            sender.send(request.command(personId));
            return PersonRef.created(personId);
        });
    }

    @PutMapping(path = "/{personId}/identity", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Correct the person's identity and contacts, restating all of them")
    public Mono<ResponseEntity<PersonRef>> correct(@PathVariable String personId,
                                            @RequestBody CorrectPersonDataRequest request,
                                            ServerWebExchange exchange) {
        return commands.run(exchange, request, PersonRef.class, sender -> {
            PersonId id = PersonId.of(personId);
            sender.send(request.command(id));
            return PersonRef.changed(id);
        });
    }

    @PostMapping(path = "/{personId}/residence", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a change of residence")
    public Mono<ResponseEntity<PersonRef>> move(@PathVariable String personId, @RequestBody ChangeResidenceRequest request,
                                         ServerWebExchange exchange) {
        return commands.run(exchange, request, PersonRef.class, sender -> {
            PersonId id = PersonId.of(personId);
            sender.send(request.command(id));
            return PersonRef.changed(id);
        });
    }
}

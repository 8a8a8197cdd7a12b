package it.cartella.app.persons;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.command.Commands;
import it.cartella.app.persons.PersonRequests.ChangeResidenceRequest;
import it.cartella.app.persons.PersonRequests.CorrectPersonDataRequest;
import it.cartella.app.persons.PersonRequests.RegisterPersonRequest;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.PersonId;
import it.cartella.query.cases.CaseFileQueries;
import it.cartella.query.cases.PersonHistory;
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
import reactor.core.publisher.Mono;

@RestController
@RequestMapping(path = "/api/persons", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Persons", description = "People known to the services, with or without a codice fiscale")
public class PersonController {

    private final Commands commands;
    private final CaseFileQueries caseFiles;

    PersonController(Commands commands, CaseFileQueries caseFiles) {
        this.commands = commands;
        this.caseFiles = caseFiles;
    }

    @GetMapping("/{personId}/history")
    @Operation(summary = "The person and every case that concerns them, newest first, with their role in each")
    public Mono<PersonHistory> history(@PathVariable String personId) {
        return caseFiles.history(PersonId.of(personId).value()).switchIfEmpty(Mono.error(() ->
                DomainException.notFound("PERSON_NOT_FOUND", "Persona non trovata.", "Person not found.")));
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

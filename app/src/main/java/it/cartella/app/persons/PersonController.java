package it.cartella.app.persons;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.command.Commands;
import it.cartella.app.persons.PersonRequests.ChangeResidenceRequest;
import it.cartella.app.persons.PersonRequests.CorrectPersonDataRequest;
import it.cartella.app.persons.PersonRequests.RegisterPersonRequest;
import it.cartella.kernel.id.PersonId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
class PersonController {

    private final Commands commands;

    PersonController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a person",
            description = "409 PERSON_ALREADY_REGISTERED when the codice fiscale is already known: one person, "
                    + "one record.")
    Mono<ResponseEntity<PersonRef>> register(@RequestBody RegisterPersonRequest request, ServerWebExchange exchange) {
        return commands.run(exchange, request, PersonRef.class, sender -> {
            PersonId personId = PersonId.newId();
            sender.send(request.command(personId));
            return PersonRef.created(personId);
        });
    }

    @PutMapping(path = "/{personId}/identity", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Correct the person's identity and contacts, restating all of them")
    Mono<ResponseEntity<PersonRef>> correct(@PathVariable String personId,
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
    Mono<ResponseEntity<PersonRef>> move(@PathVariable String personId, @RequestBody ChangeResidenceRequest request,
                                         ServerWebExchange exchange) {
        return commands.run(exchange, request, PersonRef.class, sender -> {
            PersonId id = PersonId.of(personId);
            sender.send(request.command(id));
            return PersonRef.changed(id);
        });
    }
}

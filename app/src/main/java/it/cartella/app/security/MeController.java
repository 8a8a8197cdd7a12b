package it.cartella.app.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Users", description = "The signed-in user")
class MeController {

    private final CurrentActor currentActor;

    MeController(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @GetMapping(path = "/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Who is signed in: user id, organisation, Ambito, roles")
    Mono<Actor> me() {
        return currentActor.get();
    }
}

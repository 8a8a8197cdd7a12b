package it.cartella.app.operations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.security.CurrentActor;
import it.cartella.app.user.Role;
import it.cartella.kernel.error.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Rebuilding a read model from the events, for administrators: started at once, followed by polling. */
@RestController
@Tag(name = "Operations", description = "Rebuilding read models from the events")
class ProjectionRebuildController {

    private final ProjectionRebuilds rebuilds;
    private final CurrentActor currentActor;

    ProjectionRebuildController(ProjectionRebuilds rebuilds, CurrentActor currentActor) {
        this.rebuilds = rebuilds;
        this.currentActor = currentActor;
    }

    @GetMapping(path = "/api/admin/projections", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The rebuildable read models and how far each is (administrator)")
    Flux<ProjectionRebuilds.Progress> all() {
        return admin().thenMany(Mono.fromCallable(rebuilds::all).subscribeOn(Schedulers.boundedElastic())
                .flatMapIterable(all -> all));
    }

    @PostMapping(path = "/api/admin/projections/{name}/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild a read model from the events (administrator): answers at once with the job id; "
            + "GET the projection for its progress")
    Mono<ProjectionRebuilds.Progress> rebuild(@PathVariable String name) {
        return admin().then(Mono.fromCallable(() -> rebuilds.rebuild(name)).subscribeOn(Schedulers.boundedElastic()));
    }

    @GetMapping(path = "/api/admin/projections/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A read model's rebuild progress: position replayed of the head of the store (administrator)")
    Mono<ProjectionRebuilds.Progress> progress(@PathVariable String name) {
        return admin().then(Mono.fromCallable(() -> rebuilds.progress(name)).subscribeOn(Schedulers.boundedElastic()));
    }

    private Mono<Void> admin() {
        return currentActor.get().filter(actor -> actor.has(Role.ADMIN))
                .switchIfEmpty(Mono.error(() -> DomainException.forbidden("ADMIN_ONLY",
                        "Operazione riservata all'amministratore.", "Only an administrator may do this.")))
                .then();
    }
}

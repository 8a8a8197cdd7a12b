package it.cartella.app.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.security.CurrentActor;
import it.cartella.app.user.Role;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.OrganisationId;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The registry of organisations and agreements: readable by every signed-in user, changed by an administrator. */
@RestController
@Tag(name = "Organisations", description = "Organisations, their Ambito, and the agreements between them")
class OrganisationController {

    private final OrganisationRegistry registry;
    private final CurrentActor currentActor;

    OrganisationController(OrganisationRegistry registry, CurrentActor currentActor) {
        this.registry = registry;
        this.currentActor = currentActor;
    }

    @GetMapping(path = "/api/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every organisation")
    Flux<Organisation> organisations() {
        return registry.all();
    }

    @GetMapping(path = "/api/organisations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One organisation")
    Mono<Organisation> organisation(@PathVariable String id) {
        return registry.find(OrganisationId.of(id)).switchIfEmpty(Mono.error(() -> DomainException.notFound(
                "ORGANISATION_NOT_FOUND", "Ente non trovato.", "Organisation not found.")));
    }

    @PutMapping(path = "/api/organisations/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add or change an organisation (administrator)")
    Mono<Organisation> save(@PathVariable String id, @RequestBody OrganisationBody body) {
        return admin().then(Mono.fromCallable(() -> new Organisation(OrganisationId.of(id), body.name(), body.kind(),
                body.ambito() == null ? null : OrganisationId.of(body.ambito())))).flatMap(registry::save);
    }

    @GetMapping(path = "/api/agreements", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every agreement between organisations")
    Flux<Agreement> agreements() {
        return registry.agreements();
    }

    @PutMapping(path = "/api/agreements/{reference}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add or change an agreement (administrator)")
    Mono<Agreement> save(@PathVariable String reference, @RequestBody Agreement body) {
        return admin().then(Mono.fromCallable(() -> new Agreement(reference, body.kind(), body.parties(),
                body.purpose(), body.categories(), body.validFrom(), body.validUntil()))).flatMap(registry::save);
    }

    private Mono<Void> admin() {
        return currentActor.get().filter(actor -> actor.has(Role.ADMIN))
                .switchIfEmpty(Mono.error(() -> DomainException.forbidden("ADMIN_ONLY",
                        "Operazione riservata all'amministratore.", "Only an administrator may do this.")))
                .then();
    }

    record OrganisationBody(String name, OrganisationKind kind, String ambito) {
    }
}

package it.cartella.app.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.audit.AccessLogEntry;
import it.cartella.app.cases.CaseRef;
import it.cartella.app.command.CommandAnswer;
import it.cartella.app.command.Commands;
import it.cartella.app.security.CurrentActor;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.cartella.kernel.access.BreakGlass;
import it.cartella.kernel.access.CaseSealed;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.access.SealCase;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.SealId;
import it.cartella.kernel.id.UserId;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Sealing a case, and breaking the glass of a sealed one. */
@RestController
@Tag(name = "Sealed cases", description = "Cases visible only to a named team; emergency access (break-glass)")
class SealController {

    private final CurrentActor currentActor;
    private final CaseGuard guard;
    private final Commands commands;
    private final EventStore eventStore;
    private final CategoryFilter sealFilter;

    SealController(CurrentActor currentActor, CaseGuard guard, Commands commands, EventStore eventStore,
                   ObjectMapper objectMapper) {
        this.currentActor = currentActor;
        this.guard = guard;
        this.commands = commands;
        this.eventStore = eventStore;
        this.sealFilter = new CategoryFilter(PersonalDataFields.of(CaseSealed.class), objectMapper);
    }

    @PostMapping(path = "/api/cases/{caseId}/seal", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Seal a case, or change its sealed team",
            description = "From then on only the named users see the case; anyone else needs break-glass. The "
                    + "protected shelter, when given, is shown to the sealed team only, never through break-glass.")
    Mono<ResponseEntity<CaseRef>> seal(@PathVariable String caseId, @RequestBody SealRequest body,
                                       ServerWebExchange exchange) {
        return currentActor.get().flatMap(actor -> guard.change(actor, CaseId.of(caseId).value(), "SealCase")
                .flatMap(access -> commands.run(exchange, body, CaseRef.class, sender -> {
                    sender.send(new SealCase(CaseId.of(caseId), OrganisationId.of(access.facts().owner()),
                            body.members() == null ? null
                                    : body.members().stream().map(UserId::of).collect(Collectors.toSet()),
                            actor.userId(), PersonId.of(access.facts().personId()), body.shelter()));
                    return CommandAnswer.ok(null, new CaseRef(caseId));
                })));
    }

    @PostMapping(path = "/api/cases/{caseId}/break-glass", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Emergency access to a sealed case",
            description = "For whoever could see the case but for its seal: a written justification, at most "
                    + "8 hours, the DPO told. Logged.")
    Mono<ResponseEntity<CaseRef>> breakGlass(@PathVariable String caseId, @RequestBody BreakGlassRequest body,
                                             ServerWebExchange exchange) {
        String id = CaseId.of(caseId).value();
        return currentActor.get().flatMap(actor -> guard.policy().mayBreakGlass(actor, id).flatMap(may -> {
            if (!may) {
                return guard.record(actor, id, null, "BreakGlass", null, Set.of(), AccessBasis.NONE.name(),
                        AccessLogEntry.Outcome.DENIED).then(Mono.error(CaseAccessPolicy.denied()));
            }
            return guard.policy().access(actor, id).flatMap(access -> commands.run(exchange, body, CaseRef.class,
                            sender -> {
                                sender.send(new BreakGlass(SealId.of(CaseId.of(id)),
                                        PersonId.of(access.facts().personId()), actor.userId(), actor.organisation(),
                                        body.justification(), Duration.ofMinutes(body.minutes())));
                                return CommandAnswer.ok(null, new CaseRef(id));
                            })
                    .flatMap(answer -> guard.record(actor, id, access.facts().personId(), "BreakGlass",
                            "accesso di emergenza", Set.of(), AccessBasis.BREAK_GLASS.name(),
                            AccessLogEntry.Outcome.ALLOWED).thenReturn(answer)));
        }));
    }

    @GetMapping(path = "/api/cases/{caseId}/seal", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The seal of a case: its team and, for the team only, the protected shelter",
            description = "Whoever may read the case sees the team; the shelter (SEALED_VIOLENCE) is withheld "
                    + "from everyone outside the team, break-glass readers included. Logged.")
    Mono<Map<String, Object>> seal(@PathVariable String caseId) {
        String id = CaseId.of(caseId).value();
        return currentActor.get().flatMap(actor -> guard.read(actor, id, "READ_SEAL"))
                .flatMap(access -> Mono.fromCallable(() -> lastSeal(id)).subscribeOn(Schedulers.boundedElastic())
                        .map(sealed -> sealFilter.filter(new Seal(id, sealed.members().stream().map(UserId::value)
                                .sorted().toList(), sealed.shelter()), access.categories())))
                .switchIfEmpty(Mono.error(() -> DomainException.notFound("CASE_NOT_SEALED",
                        "Il caso non è riservato.", "The case is not sealed.")));
    }

    /** The seal as last recorded; null when the case was never sealed. Blocking. */
    private CaseSealed lastSeal(String caseId) {
        CaseSealed last = null;
        DomainEventStream events = eventStore.readEvents(SealId.of(CaseId.of(caseId)).value(), 0);
        while (events.hasNext()) {
            if (events.next().getPayload() instanceof CaseSealed sealed) {
                last = sealed;
            }
        }
        return last;
    }

    /** What the seal shows; {@code shelter} keeps the name, and so the category, it has in {@link CaseSealed}. */
    record Seal(String caseId, List<String> members, String shelter) {
    }

    record SealRequest(Set<String> members, String shelter) {
    }

    record BreakGlassRequest(String justification, long minutes) {
    }
}

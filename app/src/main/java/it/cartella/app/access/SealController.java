package it.cartella.app.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.audit.AccessLogEntry;
import it.cartella.app.cases.CaseRef;
import it.cartella.app.command.CommandAnswer;
import it.cartella.app.command.Commands;
import it.cartella.app.security.CurrentActor;
import it.cartella.kernel.access.BreakGlass;
import it.cartella.kernel.access.SealCase;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.SealId;
import it.cartella.kernel.id.UserId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/** Sealing a case, and breaking the glass of a sealed one. */
@RestController
@Tag(name = "Sealed cases", description = "Cases visible only to a named team; emergency access (break-glass)")
class SealController {

    private final CurrentActor currentActor;
    private final CaseGuard guard;
    private final Commands commands;

    SealController(CurrentActor currentActor, CaseGuard guard, Commands commands) {
        this.currentActor = currentActor;
        this.guard = guard;
        this.commands = commands;
    }

    @PostMapping(path = "/api/cases/{caseId}/seal", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Seal a case, or change its sealed team",
            description = "From then on only the named users see the case; anyone else needs break-glass.")
    Mono<ResponseEntity<CaseRef>> seal(@PathVariable String caseId, @RequestBody SealRequest body,
                                       ServerWebExchange exchange) {
        return currentActor.get().flatMap(actor -> guard.change(actor, CaseId.of(caseId).value(), "SealCase")
                .flatMap(access -> commands.run(exchange, body, CaseRef.class, sender -> {
                    sender.send(new SealCase(CaseId.of(caseId), OrganisationId.of(access.facts().owner()),
                            body.members() == null ? null
                                    : body.members().stream().map(UserId::of).collect(Collectors.toSet()),
                            actor.userId()));
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

    record SealRequest(Set<String> members) {
    }

    record BreakGlassRequest(String justification, long minutes) {
    }
}

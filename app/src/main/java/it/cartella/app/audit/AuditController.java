package it.cartella.app.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.access.CaseGuard;
import it.cartella.app.security.Actor;
import it.cartella.app.security.CurrentActor;
import it.cartella.app.user.Role;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.query.access.BreakGlassUse;
import it.cartella.query.access.CaseAccessQueries;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Instant;
import java.util.List;

/** Case timelines as of an instant, the access log for the DPO and auditors, and the DPO's break-glass worklist. */
@RestController
@Tag(name = "Audit", description = "Access log verification, who read a case, break-glass review")
class AuditController {

    private final CurrentActor currentActor;
    private final AccessLog accessLog;
    private final CaseAccessQueries facts;
    private final CaseGuard guard;
    private final CaseHistory history;

    AuditController(CurrentActor currentActor, AccessLog accessLog, CaseAccessQueries facts, CaseGuard guard,
                    CaseHistory history) {
        this.currentActor = currentActor;
        this.accessLog = accessLog;
        this.facts = facts;
        this.guard = guard;
        this.history = history;
    }

    @GetMapping(path = "/api/cases/{caseId}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The case as it stood at an instant (default now), rebuilt from the events stored by then",
            description = "The state (summary, people and household, assessments, plans with their versions, "
                    + "interventions, tirocini, discharges, closure) and the events of the case and its records. "
                    + "For whoever may read the case, auditors included, filtered as the case detail is: a partner "
                    + "gets the summary with the categories granted. The read is written to the access log.")
    Mono<CaseHistory.Timeline> timeline(@PathVariable String caseId,
                                         @RequestParam(required = false) Instant asOf) {
        String id = CaseId.of(caseId).value();
        Instant until = asOf == null ? Instant.now() : asOf;
        return currentActor.get().flatMap(actor -> guard.read(actor, id, "READ_HISTORY"))
                .flatMap(access -> Mono.fromCallable(() -> history.asOf(id, until, access.categories()))
                        .subscribeOn(Schedulers.boundedElastic()));
    }

    @GetMapping(path = "/api/access-log/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Verify the whole hash chain of the access log (DPO, auditor)",
            description = "Reports how many entries hold and the first that does not, with the kind of break.")
    Mono<ChainVerification> verify() {
        return auditor().then(Mono.fromCallable(accessLog::verify).subscribeOn(Schedulers.boundedElastic()));
    }

    @GetMapping(path = "/api/cases/{caseId}/access-log", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Who read or changed a case, when, on what basis, with which categories (DPO, auditor)")
    Mono<List<AccessLogEntry>> ofCase(@PathVariable String caseId) {
        String id = CaseId.of(caseId).value();
        return auditor().then(Mono.fromCallable(() -> accessLog.ofCase(id)).subscribeOn(Schedulers.boundedElastic()));
    }

    @GetMapping(path = "/api/privacy/break-glass", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The DPO's worklist: every break-glass access, newest first, with its justification")
    Flux<BreakGlassUse> breakGlass() {
        return currentActor.get().filter(actor -> actor.has(Role.DPO))
                .switchIfEmpty(Mono.error(AuditController::forbidden)).thenMany(facts.breakGlassUses());
    }

    private Mono<Actor> auditor() {
        return currentActor.get().filter(actor -> actor.has(Role.DPO) || actor.has(Role.AUDITOR))
                .switchIfEmpty(Mono.error(AuditController::forbidden));
    }

    private static DomainException forbidden() {
        return DomainException.forbidden("AUDIT_ONLY", "Riservato al DPO e agli auditor.",
                "Reserved to the DPO and auditors.");
    }
}

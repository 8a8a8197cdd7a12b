package it.cartella.app.web.audit;

import it.cartella.app.access.CaseGuard;
import it.cartella.app.audit.AccessLog;
import it.cartella.app.audit.AccessLogEntry;
import it.cartella.app.audit.CaseHistory;
import it.cartella.app.security.Actor;
import it.cartella.app.security.CurrentActor;
import it.cartella.app.user.Role;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The auditor's view of a case, read-only: the case as its events tell it up to an instant (the API's history, with
 * the same access decision and access-log entry) and who read or changed it (the access log's entries for the case).
 * Loaded into the case page by htmx, or shown as a page of its own without script.
 */
@Controller
class AuditPageController {

    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    private final CurrentActor currentActor;
    private final CaseGuard guard;
    private final CaseHistory history;
    private final AccessLog accessLog;

    AuditPageController(CurrentActor currentActor, CaseGuard guard, CaseHistory history, AccessLog accessLog) {
        this.currentActor = currentActor;
        this.guard = guard;
        this.history = history;
        this.accessLog = accessLog;
    }

    /** An event as the auditor's list shows it, at Italian time. */
    public record EventRow(CaseHistory.Entry entry, ZonedDateTime when) {
    }

    /** An access-log entry at Italian time. */
    public record ReadRow(AccessLogEntry entry, ZonedDateTime when) {
    }

    @GetMapping("/cases/{caseId}/audit")
    Mono<String> audit(@PathVariable String caseId, @RequestParam(required = false) String asOf, Model model,
                       ServerWebExchange exchange) {
        String id = CaseId.of(caseId).value();
        boolean fragment = "true".equals(exchange.getRequest().getHeaders().getFirst("HX-Request"));
        return currentActor.get().filter(actor -> actor.has(Role.AUDITOR))
                .switchIfEmpty(Mono.error(AuditPageController::auditorsOnly))
                .flatMap(actor -> Mono.fromCallable(() -> instant(asOf))
                        .flatMap(until -> read(actor, id, until, model))
                        .onErrorResume(DomainException.class, invalid -> invalid.kind() == DomainException.Kind.INVALID
                                ? Mono.fromRunnable(() -> model.addAttribute("asOfError",
                                        invalid.message(exchange.getLocaleContext().getLocale().getLanguage())))
                                .then(read(actor, id, Instant.now(), model))
                                : Mono.error(invalid)))
                .then(Mono.fromSupplier(() -> {
                    model.addAttribute("caseId", id);
                    model.addAttribute("asOfText", asOf == null ? "" : asOf);
                    return fragment ? "case-audit :: auditBody" : "case-audit-page";
                }));
    }

    private Mono<Void> read(Actor actor, String caseId, Instant until, Model model) {
        return guard.read(actor, caseId, "READ_HISTORY")
                .flatMap(access -> Mono.fromCallable(() -> {
                    CaseHistory.Timeline timeline = history.asOf(caseId, until, access.categories());
                    List<AccessLogEntry> reads = new ArrayList<>(accessLog.ofCase(caseId));
                    Collections.reverse(reads);
                    model.addAttribute("asOf", until.atZone(ITALY));
                    model.addAttribute("status", timeline.status());
                    model.addAttribute("events", timeline.events().stream()
                            .map(e -> new EventRow(e, e.at().atZone(ITALY))).toList());
                    model.addAttribute("reads", reads.stream()
                            .map(e -> new ReadRow(e, e.at().atZone(ITALY))).toList());
                    return true;
                }).subscribeOn(Schedulers.boundedElastic()))
                .then();
    }

    /** The instant typed in Italian time, to the minute; now when none. */
    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return Instant.now();
        }
        try {
            // The field gives minutes: the whole of that minute is included.
            return LocalDateTime.parse(text.strip()).atZone(ITALY).toInstant().plus(1, ChronoUnit.MINUTES)
                    .minusMillis(1);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("asOf", "DATE_TIME_INVALID", "Data e ora non valide.",
                    "Invalid date and time.");
        }
    }

    private static DomainException auditorsOnly() {
        return DomainException.forbidden("AUDIT_ONLY", "Riservato agli auditor.", "Reserved to auditors.");
    }
}

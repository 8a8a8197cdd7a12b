package it.cartella.app.web;

import it.cartella.app.organisation.Organisation;
import it.cartella.app.organisation.OrganisationRegistry;
import it.cartella.app.security.CurrentActor;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.query.cases.CaseQueries;
import it.cartella.query.timeline.CaseTimeline;
import it.cartella.query.timeline.TimelineEntry;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Pattern;

/** One case as the people who follow it see it. */
@Controller
class CasePageController {

    /** Cartella serves Italian services: times are shown as their clocks read them. */
    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");
    private static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final CaseQueries cases;
    private final CaseVisibility visibility;
    private final CurrentActor currentActor;
    private final OrganisationRegistry organisations;
    private final CaseTimeline timeline;

    CasePageController(CaseQueries cases, CaseVisibility visibility, CurrentActor currentActor,
                       OrganisationRegistry organisations, CaseTimeline timeline) {
        this.cases = cases;
        this.timeline = timeline;
        this.visibility = visibility;
        this.currentActor = currentActor;
        this.organisations = organisations;
    }

    /** One line of the case's history as the page shows it: local time, and the sentence in the page's language. */
    public record TimelineRow(ZonedDateTime when, String kind, String actor, String organisation, String summary) {

        static TimelineRow of(TimelineEntry entry, boolean english) {
            return new TimelineRow(entry.recordedAt().atZone(ITALY), entry.aggregateType(), entry.actor(),
                    entry.organisation(), english ? entry.summaryEn() : entry.summaryIt());
        }
    }

    /** A case the user may not see answers exactly like one that does not exist: its existence is not disclosed. */
    @GetMapping("/cases/{caseId}")
    Mono<String> show(@PathVariable String caseId, @RequestParam(required = false) String kind, Model model,
                      ServerWebExchange exchange) {
        ServerHttpResponse response = exchange.getResponse();
        boolean english = "en".equals(exchange.getLocaleContext().getLocale().getLanguage());
        if (!CASE_NUMBER.matcher(caseId).matches()) {
            response.setStatusCode(HttpStatus.NOT_FOUND);
            return Mono.just("not-found");
        }
        return currentActor.get()
                .flatMap(actor -> cases.findById(caseId).filterWhen(view -> visibility.maySee(actor, view)))
                .flatMap(view -> organisations.find(OrganisationId.of(view.owningOrganisation()))
                        .map(Organisation::name)
                        .defaultIfEmpty(view.owningOrganisation())
                        .zipWith(timeline.of(caseId).defaultIfEmpty(List.of()))
                        .map(found -> {
                            model.addAttribute("case", view);
                            model.addAttribute("ownerName", found.getT1());
                            List<TimelineEntry> entries = found.getT2();
                            model.addAttribute("kinds", entries.stream().map(TimelineEntry::aggregateType)
                                    .distinct().sorted().toList());
                            model.addAttribute("kind", kind == null ? "" : kind);
                            model.addAttribute("timeline", entries.stream()
                                    .filter(e -> kind == null || kind.isEmpty() || kind.equals(e.aggregateType()))
                                    .map(e -> TimelineRow.of(e, english))
                                    .toList());
                            return "case";
                        }))
                .switchIfEmpty(Mono.fromSupplier(() -> {
                    response.setStatusCode(HttpStatus.NOT_FOUND);
                    return "not-found";
                }));
    }
}

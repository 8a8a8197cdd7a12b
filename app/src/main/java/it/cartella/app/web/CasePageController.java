package it.cartella.app.web;

import it.cartella.app.organisation.Organisation;
import it.cartella.app.organisation.OrganisationRegistry;
import it.cartella.app.security.CurrentActor;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.catalog.ServiceCatalog;
import it.cartella.kernel.catalog.ServiceCode;
import it.cartella.query.timeline.TimelineEntry;
import org.springframework.http.HttpStatus;
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

/** One case as the people who follow it see it, decided and logged by the access policy as the API's reads are. */
@Controller
class CasePageController {

    /** Cartella serves Italian services: times are shown as their clocks read them. */
    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");
    private static final ServiceCatalog CATALOG = ServiceCatalog.standard();

    private final CasePageReads reads;
    private final CurrentActor currentActor;
    private final OrganisationRegistry organisations;

    CasePageController(CasePageReads reads, CurrentActor currentActor, OrganisationRegistry organisations) {
        this.reads = reads;
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

    /**
     * A case the user may not see answers exactly like one that does not exist, so that its existence is not
     * disclosed; the refusal is in the access log all the same.
     */
    @GetMapping("/cases/{caseId}")
    Mono<String> show(@PathVariable String caseId, @RequestParam(required = false) String kind,
                      @RequestParam(required = false) String done, Model model, ServerWebExchange exchange) {
        boolean english = "en".equals(exchange.getLocaleContext().getLocale().getLanguage());
        if (!CasePageReads.CASE_NUMBER.matcher(caseId).matches()) {
            return notFound(exchange);
        }
        return currentActor.get()
                .flatMap(actor -> reads.page(actor, caseId, english ? "en" : "it"))
                .flatMap(page -> organisations.all().collectMap(o -> o.id().value(), Organisation::name)
                        .map(names -> {
                            String owner = page.summary().value().owningOrganisation();
                            String ownerName = names.getOrDefault(owner, owner);
                            model.addAttribute("orgNames", names);
                            model.addAttribute("serviceNames", CATALOG.services().stream().collect(
                                    java.util.stream.Collectors.toMap(ServiceCode::code,
                                            code -> english ? code.nameEn() : code.nameIt())));
                            model.addAttribute("page", page);
                            model.addAttribute("shown", page.summary());
                            model.addAttribute("case", page.summary().value());
                            model.addAttribute("file", page.file());
                            model.addAttribute("ownerName", ownerName);
                            model.addAttribute("canChange", page.access().canChange());
                            model.addAttribute("deadlines", page.deadlines());
                            model.addAttribute("italy", ITALY);
                            model.addAttribute("done", done != null);
                            List<TimelineEntry> entries = page.timeline();
                            model.addAttribute("kinds", entries.stream().map(TimelineEntry::aggregateType)
                                    .distinct().sorted().toList());
                            model.addAttribute("kind", kind == null ? "" : kind);
                            model.addAttribute("timeline", entries.stream()
                                    .filter(e -> kind == null || kind.isEmpty() || kind.equals(e.aggregateType()))
                                    .map(e -> TimelineRow.of(e, english))
                                    .toList());
                            return "case";
                        }))
                .onErrorResume(DomainException.class, refused -> refused.kind() == DomainException.Kind.FORBIDDEN
                        || refused.kind() == DomainException.Kind.NOT_FOUND ? notFound(exchange) : Mono.error(refused))
                .switchIfEmpty(Mono.defer(() -> notFound(exchange)));
    }

    private static Mono<String> notFound(ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
        return Mono.just("not-found");
    }
}

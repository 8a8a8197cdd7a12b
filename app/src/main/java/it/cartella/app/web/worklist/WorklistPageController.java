package it.cartella.app.web.worklist;

import it.cartella.app.access.CaseAccess;
import it.cartella.app.access.CaseAccessPolicy;
import it.cartella.app.access.CaseGuard;
import it.cartella.app.access.CategoryFilter;
import it.cartella.app.organisation.Organisation;
import it.cartella.app.organisation.OrganisationRegistry;
import it.cartella.app.security.Actor;
import it.cartella.app.security.CurrentActor;
import it.cartella.app.user.Role;
import it.cartella.app.worklist.Worklists;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.referral.ReferralStatus;
import it.cartella.kernel.referral.RejectionReason;
import it.cartella.query.access.CaseAccessFacts;
import it.cartella.query.access.CaseAccessQueries;
import it.cartella.query.cases.CaseQueries;
import it.cartella.query.cases.CaseSearch;
import it.cartella.query.cases.CaseView;
import it.cartella.query.worklist.Worklist;
import it.cartella.query.worklist.WorklistItem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;
import reactor.util.function.Tuples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * The home page of those who follow cases: deadlines overdue and coming, referrals and shares addressed to their
 * organisation, and their most recent cases. Names come from the case view through the access policy and the
 * category filter exactly as in the API's list, and every name shown is written to the access log.
 */
@Controller
class WorklistPageController {

    static final int RECENT_CASES = 8;
    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    private final Worklists worklists;
    private final CurrentActor currentActor;
    private final CaseGuard guard;
    private final CaseQueries cases;
    private final CaseAccessQueries accessFacts;
    private final CategoryFilter filter;
    private final OrganisationRegistry organisations;

    WorklistPageController(Worklists worklists, CurrentActor currentActor, CaseGuard guard, CaseQueries cases,
                           CaseAccessQueries accessFacts, CategoryFilter caseViewFilter,
                           OrganisationRegistry organisations) {
        this.worklists = worklists;
        this.currentActor = currentActor;
        this.guard = guard;
        this.cases = cases;
        this.accessFacts = accessFacts;
        this.filter = caseViewFilter;
        this.organisations = organisations;
    }

    /** A deadline with the name of its case's person; null when the reader may not see it. */
    public record Deadline(WorklistItem item, String person) {
    }

    /** A share grant in force for the reader's organisation; its expiry as Italian clocks read it. */
    public record ReceivedShare(CaseAccessFacts.Grant grant, String caseId, String grantorName,
                                ZonedDateTime expires) {
    }

    /** A case of the reader's list: the name is null when its category was withheld. */
    public record RecentCase(String caseId, String name, String macroArea, LocalDate openedOn, String status) {

        static RecentCase of(Map<String, Object> shown) {
            Object opened = shown.get("openedOn");
            return new RecentCase((String) shown.get("caseId"), nameOf(shown), (String) shown.get("macroArea"),
                    opened == null ? null : LocalDate.parse(opened.toString()), String.valueOf(shown.get("status")));
        }
    }

    /** "Surname Name" from a filtered row; null when the identifying fields were withheld or erased. */
    static String nameOf(Map<String, Object> shown) {
        Object last = shown.get("lastName");
        return last == null ? null : last + " " + shown.get("firstName");
    }

    /** A referral waiting for the reader's organisation to accept or reject it. */
    public record PendingReferral(CaseAccessFacts.Referral referral, String fromName) {
    }

    @GetMapping("/worklist")
    Mono<String> worklist(@RequestParam(defaultValue = "30") int horizon, Model model, ServerWebExchange exchange) {
        int days = horizon == 7 ? 7 : 30;
        String language = exchange.getLocaleContext().getLocale().getLanguage();
        return currentActor.get().flatMap(actor -> Mono.zip(
                        deadlines(actor, days, language),
                        pendingReferrals(actor),
                        receivedShares(actor),
                        recentCases(actor))
                .map(t -> {
                    model.addAttribute("horizon", days);
                    model.addAttribute("worklist", t.getT1().getT1());
                    model.addAttribute("deadlines", t.getT1().getT2());
                    model.addAttribute("referrals", t.getT2());
                    model.addAttribute("shares", t.getT3());
                    model.addAttribute("recent", t.getT4());
                    model.addAttribute("rejectionReasons", RejectionReason.values());
                    model.addAttribute("followsCases", actor.has(Role.CASE_MANAGER) || actor.has(Role.COORDINATOR));
                    return "worklist";
                }));
    }

    private Mono<Tuple2<Worklist, List<Deadline>>> deadlines(Actor actor, int days,
                                                                                String language) {
        if (!actor.has(Role.CASE_MANAGER) && !actor.has(Role.COORDINATOR)) {
            return Mono.just(Tuples.of(new Worklist(actor.userId().value(), days, null, 0, 0, List.of(), List.of()),
                    List.<Deadline>of()));
        }
        return worklists.of(actor, days, language).flatMap(worklist -> Flux.fromIterable(worklist.items())
                .concatMap(item -> person(actor, item.caseId()).map(person -> new Deadline(item, nameOf(person)))
                        .defaultIfEmpty(new Deadline(item, null)))
                .collectList()
                .map(rows -> Tuples.of(worklist, rows)));
    }

    /** The person of a case as the reader may see them, logged as shown; empty when the reader may not. */
    private Mono<Map<String, Object>> person(Actor actor, String caseId) {
        return guard.policy().access(actor, caseId).filter(CaseAccess::canRead)
                .flatMap(access -> cases.findById(caseId)
                        .flatMap(view -> guard.shown(actor, access, "READ_WORKLIST")
                                .thenReturn(filter.filter(view, access.categories()))));
    }

    private Mono<List<PendingReferral>> pendingReferrals(Actor actor) {
        if (!operational(actor)) {
            return Mono.just(List.of());
        }
        return accessFacts.referralsTo(actor.organisation().value())
                .filter(referral -> referral.status() == ReferralStatus.SENT)
                .concatMap(referral -> name(referral.from()).map(name -> new PendingReferral(referral, name)))
                .collectList();
    }

    private Mono<List<ReceivedShare>> receivedShares(Actor actor) {
        if (!operational(actor)) {
            return Mono.just(List.of());
        }
        String own = actor.organisation().value();
        Instant now = guard.policy().now();
        return accessFacts.sharedWith(own, now).flatMapMany(Flux::fromIterable)
                .concatMap(accessFacts::facts)
                .concatMap(facts -> Flux.fromIterable(facts.grants())
                        .filter(grant -> grant.recipient().equals(own) && grant.activeAt(now))
                        .concatMap(grant -> name(grant.grantor())
                                .map(name -> new ReceivedShare(grant, facts.caseId(), name,
                                        grant.expiresAt().atZone(ITALY)))))
                .sort((a, b) -> a.grant().expiresAt().compareTo(b.grant().expiresAt()))
                .collectList();
    }

    /** The newest cases the reader's list shows, each row filtered and logged as the API's list does. */
    private Mono<List<RecentCase>> recentCases(Actor actor) {
        CaseAccessPolicy policy = guard.policy();
        return policy.listScope(actor)
                .flatMap(scope -> cases.search(CaseSearch.ALL, scope, 0, RECENT_CASES))
                .flatMap(page -> policy.readable(actor, page.items(), CaseView::caseId))
                .flatMap(shown -> guard.showAll(actor, shown, "READ_LIST",
                        (row, access) -> RecentCase.of(filter.filter(row, access.categories()))));
    }

    private Mono<String> name(String organisation) {
        return organisations.find(OrganisationId.of(organisation)).map(Organisation::name).defaultIfEmpty(organisation);
    }

    private static boolean operational(Actor actor) {
        return actor.has(Role.CASE_MANAGER) || actor.has(Role.COORDINATOR) || actor.has(Role.PARTNER_OPERATOR);
    }
}

package it.cartella.app.web.admin;

import it.cartella.app.audit.AccessLog;
import it.cartella.app.command.Commands;
import it.cartella.app.command.CorrelationId;
import it.cartella.app.erasure.Erasure;
import it.cartella.app.erasure.ProcessingRegister;
import it.cartella.app.erasure.Retention;
import it.cartella.app.erasure.RetentionRules;
import it.cartella.app.operations.ProjectionRebuilds;
import it.cartella.app.organisation.Organisation;
import it.cartella.app.organisation.OrganisationRegistry;
import it.cartella.app.security.Actor;
import it.cartella.app.security.CurrentActor;
import it.cartella.app.user.Role;
import it.cartella.app.user.UserRegistry;
import it.cartella.app.web.ErrorSummary;
import it.cartella.app.web.FormErrors;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.PersonId;
import it.cartella.query.access.CaseAccessQueries;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Administration for the DPO and administrators, read from the same registries and services as the API: the
 * organisations, users and agreements, the register of share grants, erasure (refused while retention runs, with
 * the reason beside the field), the access log's chain verification, and the register of processing. Auditors
 * reach the access-log verification only.
 */
@Controller
class AdminPageController {

    static final ZoneId ITALY = ZoneId.of("Europe/Rome");
    static final List<String> SECTIONS = List.of("organisations", "users", "agreements", "grants", "erasure",
            "access-log", "register", "projections");

    private final CurrentActor currentActor;
    private final OrganisationRegistry organisations;
    private final UserRegistry users;
    private final CaseAccessQueries accessFacts;
    private final AccessLog accessLog;
    private final Erasure erasure;
    private final Retention retention;
    private final Commands commands;
    private final ProcessingRegister register;
    private final RetentionRules retentionRules;
    private final ProjectionRebuilds rebuilds;

    AdminPageController(CurrentActor currentActor, OrganisationRegistry organisations, UserRegistry users,
                        CaseAccessQueries accessFacts, AccessLog accessLog, Erasure erasure, Retention retention,
                        Commands commands, ProcessingRegister register, RetentionRules retentionRules,
                        ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
        this.currentActor = currentActor;
        this.organisations = organisations;
        this.users = users;
        this.accessFacts = accessFacts;
        this.accessLog = accessLog;
        this.erasure = erasure;
        this.retention = retention;
        this.commands = commands;
        this.register = register;
        this.retentionRules = retentionRules;
    }

    /** What the erasure form posts, as typed. */
    public record ErasureForm(String idempotencyKey, String personId, String reason) {
        static ErasureForm blank() {
            return new ErasureForm(UUID.randomUUID().toString(), "", "");
        }
    }

    @GetMapping("/admin")
    Mono<String> home(Model model) {
        return currentActor.get().map(actor -> "redirect:/admin/" + (mayAdminister(actor) ? "organisations"
                : "access-log"));
    }

    @GetMapping("/admin/{section}")
    Mono<String> section(@PathVariable String section, @RequestParam(defaultValue = "1") String page, Model model) {
        model.addAttribute("page", RegisterPage.number(page));
        return allowed(section).flatMap(actor -> show(section, model, ErasureForm.blank(), FormErrors.NONE, null));
    }

    @PostMapping("/admin/erasure")
    Mono<String> erase(@ModelAttribute ErasureForm form, ServerWebExchange exchange, Model model) {
        return allowed("erasure").flatMap(actor -> Mono.fromCallable(() -> personId(form.personId()))
                .flatMap(personId -> erasure.erase(actor, personId, blankToNull(form.reason()),
                        commands.as(actor, CorrelationId.of(exchange))))
                .then(Mono.defer(() -> show("erasure", model, ErasureForm.blank(), FormErrors.NONE, form.personId())))
                .onErrorResume(DomainException.class, refused -> {
                    FormErrors errors = FormErrors.of(refused, exchange.getLocaleContext().getLocale());
                    if (errors == null) {
                        return Mono.error(refused);
                    }
                    // A refusal that names no field (retention, an open case) concerns the person chosen.
                    FormErrors shown = errors.general().isEmpty() ? errors : new FormErrors(
                            Map.of("personId", String.join(" ", errors.general())), List.of());
                    exchange.getResponse().setStatusCode(refused.kind() == DomainException.Kind.CONFLICT
                            ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST);
                    return show("erasure", model, form, shown, null);
                }));
    }

    /** Starts rebuilding a read model (answered at once); the page then follows its replay. */
    @PostMapping("/admin/projections/{name}/rebuild")
    Mono<String> rebuild(@PathVariable String name) {
        return allowed("projections").then(Mono.fromCallable(() -> rebuilds.rebuild(name))
                        .subscribeOn(Schedulers.boundedElastic()))
                .thenReturn("redirect:/admin/projections");
    }

    @GetMapping("/admin/projections/{name}/progress")
    Mono<String> rebuildProgress(@PathVariable String name, Model model) {
        return allowed("projections").then(Mono.fromCallable(() -> rebuilds.progress(name))
                        .subscribeOn(Schedulers.boundedElastic()))
                .map(progress -> {
                    model.addAttribute("p", progress);
                    return "progress :: rebuild";
                });
    }

    /** The page asked for of the register of share grants; past the last page, the last page. */
    private Mono<RegisterPage<CaseAccessQueries.CaseGrant>> grantsPage(Integer asked) {
        int page = asked == null ? 1 : asked;
        return accessFacts.countGrants().flatMap(total -> {
            int shown = Math.min(page, RegisterPage.pages(total));
            return accessFacts.grantsPage((shown - 1) * RegisterPage.SIZE, RegisterPage.SIZE).collectList()
                    .map(items -> new RegisterPage<>(items, shown, total));
        });
    }

    private Mono<String> show(String section, Model model, ErasureForm form, FormErrors errors, String erased) {
        model.addAttribute("section", section);
        model.addAttribute("sections", SECTIONS);
        Mono<?> content = switch (section) {
            case "organisations" -> organisations.all().collectList()
                    .doOnNext(all -> model.addAttribute("organisations", all));
            case "users" -> Mono.zip(users.all().collectList(), names())
                    .doOnNext(t -> {
                        model.addAttribute("users", t.getT1());
                        model.addAttribute("names", t.getT2());
                    });
            case "agreements" -> Mono.zip(organisations.agreements().collectList(), names())
                    .doOnNext(t -> {
                        model.addAttribute("agreements", t.getT1());
                        model.addAttribute("names", t.getT2());
                    });
            case "grants" -> Mono.zip(grantsPage((Integer) model.getAttribute("page")), names())
                    .doOnNext(t -> {
                        model.addAttribute("grants", t.getT1().items());
                        model.addAttribute("pages", t.getT1());
                        model.addAttribute("names", t.getT2());
                        model.addAttribute("zone", ITALY);
                    });
            case "erasure" -> retention.expired(LocalDate.now(ITALY)).collectList()
                    .doOnNext(expired -> {
                        model.addAttribute("expired", expired);
                        model.addAttribute("form", form);
                        model.addAttribute("errors", errors);
                        // Two fields whose messages differ: the links need not name them.
                        model.addAttribute("errorSummary", errors.summary(List.of(
                                new ErrorSummary.Target("personId", "personId", null),
                                new ErrorSummary.Target("reason", "reason", null))));
                        model.addAttribute("erased", erased);
                    });
            case "projections" -> Mono.fromCallable(rebuilds::all).subscribeOn(Schedulers.boundedElastic())
                    .doOnNext(all -> model.addAttribute("projections", all));
            case "access-log" -> Mono.fromCallable(accessLog::verify).subscribeOn(Schedulers.boundedElastic())
                    .doOnNext(verification -> model.addAttribute("verification", verification));
            default -> Mono.fromSupplier(() -> {
                model.addAttribute("register", register.document());
                model.addAttribute("retention", retentionRules);
                return true;
            }).then(organisations.agreements().collectList()
                    .doOnNext(agreements -> model.addAttribute("agreements", agreements)));
        };
        return content.thenReturn("admin");
    }

    private Mono<Map<String, String>> names() {
        return organisations.all().collectMap(o -> o.id().value(), Organisation::name);
    }

    /** The DPO and administrators see every section but erasure, which is the DPO's; auditors verify the log. */
    private Mono<Actor> allowed(String section) {
        if (!SECTIONS.contains(section)) {
            return Mono.error(DomainException.notFound("PAGE_NOT_FOUND", "Pagina non trovata.", "Page not found."));
        }
        return currentActor.get().filter(actor -> switch (section) {
                    case "erasure" -> actor.has(Role.DPO);
                    case "access-log" -> actor.has(Role.DPO) || actor.has(Role.AUDITOR);
                    case "register" -> actor.has(Role.DPO) || actor.has(Role.ADMIN) || actor.has(Role.AUDITOR);
                    case "projections" -> actor.has(Role.ADMIN);
                    default -> mayAdminister(actor);
                })
                .switchIfEmpty(Mono.error(() -> DomainException.forbidden("ADMIN_ONLY",
                        "Sezione riservata al DPO e all'amministratore.",
                        "Section reserved to the DPO and administrators.")));
    }

    private static boolean mayAdminister(Actor actor) {
        return actor.has(Role.DPO) || actor.has(Role.ADMIN);
    }

    private static PersonId personId(String text) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("personId", "PERSON_ID_REQUIRED", "Indicare la persona da cancellare.",
                    "Name the person to erase.");
        }
        return PersonId.of(text.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

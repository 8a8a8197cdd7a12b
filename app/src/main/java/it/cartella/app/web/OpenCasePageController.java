package it.cartella.app.web;

import it.cartella.app.access.CaseAccess;
import it.cartella.app.access.CaseAccessPolicy;
import it.cartella.app.cases.CaseOpening;
import it.cartella.app.cases.CaseRef;
import it.cartella.app.cases.OpenCaseRequest;
import it.cartella.app.cases.OpeningAuthorization;
import it.cartella.app.command.CommandAnswer;
import it.cartella.app.command.Commands;
import it.cartella.app.persons.PersonFinder;
import it.cartella.app.security.Actor;
import it.cartella.app.security.CurrentActor;
import it.cartella.kernel.cases.AccessChannel;
import it.cartella.kernel.cases.ActivationMode;
import it.cartella.kernel.catalog.ServiceCatalog;
import it.cartella.query.cases.CaseQueries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Taking a person in charge: the form registers the person unless their codice fiscale is known and opens the case,
 * through the same command service and idempotency as {@code POST /api/cases}. The case is owned by the user's
 * organisation and managed by the user; a coordinator reassigns it afterwards.
 */
@Controller
class OpenCasePageController {

    private static final Duration PROJECTION_WAIT_STEP = Duration.ofMillis(100);
    private static final int PROJECTION_WAIT_STEPS = 50;

    private final Commands commands;
    private final CaseQueries cases;
    private final CaseOpening caseOpening;
    private final CurrentActor currentActor;
    private final OpeningAuthorization openingAuthorization;
    private final CaseAccessPolicy policy;
    private final MessageSource messages;
    private final PersonFinder finder;

    OpenCasePageController(Commands commands, CaseQueries cases, CaseOpening caseOpening, CurrentActor currentActor,
                           OpeningAuthorization openingAuthorization, CaseAccessPolicy policy,
                           MessageSource messages, PersonFinder finder) {
        this.messages = messages;
        this.finder = finder;
        this.policy = policy;
        this.openingAuthorization = openingAuthorization;
        this.commands = commands;
        this.cases = cases;
        this.caseOpening = caseOpening;
        this.currentActor = currentActor;
    }

    @GetMapping("/cases/new")
    Mono<String> form(Model model, ServerWebExchange exchange) {
        return currentActor.get().flatMap(actor -> recent(model, exchange, null).map(ignored -> {
            OpenCaseForm blank = new OpenCaseForm(UUID.randomUUID().toString(), "", "", "", "", "",
                    comuneOf(actor), "", "", "ON_REQUEST", "", "", "");
            return show(model, blank, FormErrors.NONE, exchange.getLocaleContext().getLocale());
        }));
    }

    /**
     * The people and households of this session, to take in charge without typing them again, and the person chosen
     * (found by a search, so perhaps in neither list) named as the user may see them.
     */
    @SuppressWarnings("unchecked")
    private Mono<Boolean> recent(Model model, ServerWebExchange exchange, String personId) {
        Mono<List<FormOptions.Option>> chosen = personId == null || personId.isBlank() ? Mono.just(List.of())
                : currentActor.get().flatMap(actor -> finder.named(actor, List.of(personId)))
                .map(found -> found.stream().map(PersonChoices::option).toList());
        return exchange.getSession().zipWith(chosen).map(found -> {
            List<FormOptions.Option> persons = (List<FormOptions.Option>) found.getT1().getAttributes()
                    .getOrDefault(FormOptions.RECENT_PERSONS, List.of());
            model.addAttribute("personChoices", PersonChoices.of(personId, found.getT2(), List.of(), persons));
            model.addAttribute("recentHouseholds", found.getT1().getAttributes()
                    .getOrDefault(FormOptions.RECENT_HOUSEHOLDS, List.of()));
            return true;
        });
    }

    /** Success leads to the new case's page (post, redirect, get); a mistake shows the form again as typed. */
    @PostMapping("/cases/new")
    Mono<String> open(@ModelAttribute("form") OpenCaseForm form, ServerWebExchange exchange, Model model) {
        ServerWebExchange keyed = WebForms.withIdempotencyKey(exchange, form.idempotencyKey());
        return currentActor.get().flatMap(actor -> {
            OpenCaseRequest request = form.toRequest(actor);
            return commands.run(keyed, request, CaseRef.class, sender -> {
                String caseId = caseOpening.open(request, sender,
                        openCase -> openingAuthorization.authorize(actor, openCase)).value();
                return CommandAnswer.created("/cases/" + caseId, new CaseRef(caseId));
            });
        }).flatMap(answer -> currentActor.get().flatMap(actor -> projected(actor, answer.getBody().caseId())))
                .onErrorResume(failure -> recent(model, exchange, form.personId()).then(WebForms.rejected(failure, exchange,
                        errors -> show(model, form, errors, exchange.getLocaleContext().getLocale()))));
    }

    /**
     * The case page reads the case view and the access facts, which follow the events a moment later: wait for the
     * new case to appear in both (briefly) so that the user lands on their case, not on "not found".
     */
    private Mono<String> projected(Actor actor, String caseId) {
        return cases.findById(caseId)
                .flatMap(view -> policy.access(actor, caseId).filter(CaseAccess::canRead))
                .repeatWhenEmpty(repeats -> repeats.take(PROJECTION_WAIT_STEPS).delayElements(PROJECTION_WAIT_STEP))
                .map(access -> "redirect:/cases/" + caseId)
                .defaultIfEmpty("redirect:/cases/" + caseId);
    }

    private String show(Model model, OpenCaseForm form, FormErrors errors, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorSummary", errors.summary(fieldsShown(model, locale)));
        model.addAttribute("macroAreas", ServiceCatalog.standard().macroAreas());
        model.addAttribute("channels", List.of(AccessChannel.values()));
        model.addAttribute("activationModes", List.of(ActivationMode.values()));
        return "open-case";
    }

    /** The form's inputs, in the order of the page, by the labels it shows: the household only when listed. */
    private List<ErrorSummary.Target> fieldsShown(Model model, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("personId", "openCase.personId");
        if (model.getAttribute("recentHouseholds") instanceof List<?> households && !households.isEmpty()) {
            labels.put("householdId", "openCase.householdId");
        }
        labels.put("codiceFiscale", "person.codiceFiscale");
        labels.put("firstName", "person.firstName");
        labels.put("lastName", "person.lastName");
        labels.put("birthDate", "person.birthDate");
        labels.put("sex", "person.sex");
        labels.put("residenceComune", "person.residence");
        labels.put("macroArea", "case.macroArea");
        labels.put("channel", "case.channel");
        labels.put("openedOn", "case.openedOn");
        return labels.entrySet().stream().map(field -> new ErrorSummary.Target(field.getKey(), field.getKey(),
                messages.getMessage(field.getValue(), null, field.getKey(), locale))).toList();
    }

    /** A Comune's organisation id ends with its ISTAT code: the likely residence of the people it takes in charge. */
    private static String comuneOf(Actor actor) {
        String organisation = actor.organisation().value();
        return organisation.startsWith("comune-") ? organisation.substring("comune-".length()) : "";
    }

    /** What the form posts: text as typed, so that a rejected form comes back exactly as it was. */
    public record OpenCaseForm(String idempotencyKey, String codiceFiscale, String firstName, String lastName,
                               String birthDate, String sex, String residenceComune, String macroArea,
                               String channel, String activationMode, String openedOn, String personId,
                               String householdId) {

        /** A person chosen among those registered is taken in charge as registered: their data are not sent again. */
        OpenCaseRequest toRequest(Actor actor) {
            boolean registered = blankToNull(personId) != null;
            return new OpenCaseRequest(blankToNull(personId), registered ? null : blankToNull(codiceFiscale),
                    registered ? null : blankToNull(firstName), registered ? null : blankToNull(lastName),
                    registered ? null : blankToNull(birthDate), registered ? null : blankToNull(sex),
                    blankToNull(residenceComune), blankToNull(macroArea), blankToNull(channel),
                    blankToNull(activationMode), actor.organisation().value(), actor.userId().value(),
                    blankToNull(openedOn), blankToNull(householdId));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}

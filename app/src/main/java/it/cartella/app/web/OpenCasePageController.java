package it.cartella.app.web;

import it.cartella.app.cases.CaseOpening;
import it.cartella.app.cases.CaseRef;
import it.cartella.app.cases.OpenCaseRequest;
import it.cartella.app.cases.OpeningAuthorization;
import it.cartella.app.command.CommandAnswer;
import it.cartella.app.command.Commands;
import it.cartella.app.security.Actor;
import it.cartella.app.security.CurrentActor;
import it.cartella.kernel.cases.AccessChannel;
import it.cartella.kernel.cases.ActivationMode;
import it.cartella.kernel.catalog.ServiceCatalog;
import it.cartella.query.cases.CaseQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
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

    OpenCasePageController(Commands commands, CaseQueries cases, CaseOpening caseOpening, CurrentActor currentActor,
                           OpeningAuthorization openingAuthorization) {
        this.openingAuthorization = openingAuthorization;
        this.commands = commands;
        this.cases = cases;
        this.caseOpening = caseOpening;
        this.currentActor = currentActor;
    }

    @GetMapping("/cases/new")
    Mono<String> form(Model model) {
        return currentActor.get().map(actor -> {
            OpenCaseForm blank = new OpenCaseForm(UUID.randomUUID().toString(), "", "", "", "", "",
                    comuneOf(actor), "", "", "ON_REQUEST", "");
            return show(model, blank, FormErrors.NONE);
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
        }).flatMap(answer -> projected(answer.getBody().caseId()))
                .onErrorResume(failure -> WebForms.rejected(failure, exchange,
                        errors -> show(model, form, errors)));
    }

    /**
     * The case page reads the case view, which follows the events a moment later: wait for the new case to appear
     * there (briefly) so that the user lands on their case, not on "not found".
     */
    private Mono<String> projected(String caseId) {
        return cases.findById(caseId)
                .repeatWhenEmpty(repeats -> repeats.take(PROJECTION_WAIT_STEPS).delayElements(PROJECTION_WAIT_STEP))
                .map(view -> "redirect:/cases/" + caseId)
                .defaultIfEmpty("redirect:/cases/" + caseId);
    }

    private static String show(Model model, OpenCaseForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("macroAreas", ServiceCatalog.standard().macroAreas());
        model.addAttribute("channels", List.of(AccessChannel.values()));
        model.addAttribute("activationModes", List.of(ActivationMode.values()));
        return "open-case";
    }

    /** A Comune's organisation id ends with its ISTAT code: the likely residence of the people it takes in charge. */
    private static String comuneOf(Actor actor) {
        String organisation = actor.organisation().value();
        return organisation.startsWith("comune-") ? organisation.substring("comune-".length()) : "";
    }

    /** What the form posts: text as typed, so that a rejected form comes back exactly as it was. */
    public record OpenCaseForm(String idempotencyKey, String codiceFiscale, String firstName, String lastName,
                               String birthDate, String sex, String residenceComune, String macroArea,
                               String channel, String activationMode, String openedOn) {

        OpenCaseRequest toRequest(Actor actor) {
            return new OpenCaseRequest(blankToNull(codiceFiscale), blankToNull(firstName), blankToNull(lastName),
                    blankToNull(birthDate), blankToNull(sex), blankToNull(residenceComune), blankToNull(macroArea),
                    blankToNull(channel), blankToNull(activationMode), actor.organisation().value(),
                    actor.userId().value(), blankToNull(openedOn));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}

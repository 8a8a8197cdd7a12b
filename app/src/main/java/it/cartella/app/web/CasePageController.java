package it.cartella.app.web;

import it.cartella.app.organisation.Organisation;
import it.cartella.app.organisation.OrganisationRegistry;
import it.cartella.app.security.CurrentActor;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.query.cases.CaseQueries;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import reactor.core.publisher.Mono;

import java.util.regex.Pattern;

/** One case as the people who follow it see it. */
@Controller
class CasePageController {

    private static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final CaseQueries cases;
    private final CaseVisibility visibility;
    private final CurrentActor currentActor;
    private final OrganisationRegistry organisations;

    CasePageController(CaseQueries cases, CaseVisibility visibility, CurrentActor currentActor,
                       OrganisationRegistry organisations) {
        this.cases = cases;
        this.visibility = visibility;
        this.currentActor = currentActor;
        this.organisations = organisations;
    }

    /** A case the user may not see answers exactly like one that does not exist: its existence is not disclosed. */
    @GetMapping("/cases/{caseId}")
    Mono<String> show(@PathVariable String caseId, Model model, ServerHttpResponse response) {
        if (!CASE_NUMBER.matcher(caseId).matches()) {
            response.setStatusCode(HttpStatus.NOT_FOUND);
            return Mono.just("not-found");
        }
        return currentActor.get()
                .flatMap(actor -> cases.findById(caseId).filterWhen(view -> visibility.maySee(actor, view)))
                .flatMap(view -> organisations.find(OrganisationId.of(view.owningOrganisation()))
                        .map(Organisation::name)
                        .defaultIfEmpty(view.owningOrganisation())
                        .map(ownerName -> {
                            model.addAttribute("case", view);
                            model.addAttribute("ownerName", ownerName);
                            return "case";
                        }))
                .switchIfEmpty(Mono.fromSupplier(() -> {
                    response.setStatusCode(HttpStatus.NOT_FOUND);
                    return "not-found";
                }));
    }
}

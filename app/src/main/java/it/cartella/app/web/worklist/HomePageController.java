package it.cartella.app.web.worklist;

import it.cartella.app.security.CurrentActor;
import it.cartella.app.user.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import reactor.core.publisher.Mono;

/**
 * Where a user lands after signing in, by what their role is for: people who follow cases start from their
 * worklist, analysts from the monitoring dashboard, the DPO and administrators from administration, auditors from
 * search. A page asked for before signing in still comes first (Spring Security's saved request).
 */
@Controller
class HomePageController {

    private final CurrentActor currentActor;

    HomePageController(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @GetMapping("/home")
    Mono<String> home() {
        return currentActor.get().map(actor -> {
            if (actor.has(Role.CASE_MANAGER) || actor.has(Role.COORDINATOR) || actor.has(Role.PARTNER_OPERATOR)) {
                return "redirect:/worklist";
            }
            if (actor.has(Role.ANALYST)) {
                return "redirect:/monitoring";
            }
            if (actor.has(Role.DPO) || actor.has(Role.ADMIN)) {
                return "redirect:/admin";
            }
            return "redirect:/";
        });
    }
}

package it.cartella.app.web;

import it.cartella.app.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import reactor.core.publisher.Mono;


/**
 * The home page: search first. Nothing about anyone is shown until the user says whom they look for, by name,
 * codice fiscale or case number. The term is posted, never put in the address, so that no codice fiscale lands in
 * a browser history, a proxy log or a Referer header.
 */
@Controller
class SearchController {

    private final CasePageReads reads;
    private final CurrentActor currentActor;

    SearchController(CasePageReads reads, CurrentActor currentActor) {
        this.reads = reads;
        this.currentActor = currentActor;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("search", new SearchForm(""));
        return "search";
    }

    /** Only the cases the access policy lets the user see, each row in the access log with the categories shown. */
    @PostMapping("/search")
    Mono<String> search(@ModelAttribute("search") SearchForm form, Model model) {
        String term = form.q() == null ? "" : form.q().strip();
        if (term.length() < 2) {
            model.addAttribute("termError", true);
            return Mono.just("search");
        }
        return currentActor.get()
                .flatMap(actor -> reads.search(actor, term))
                .doOnNext(found -> model.addAttribute("results", found))
                .thenReturn("search");
    }

    /** What the search box posts. */
    public record SearchForm(String q) {
    }
}

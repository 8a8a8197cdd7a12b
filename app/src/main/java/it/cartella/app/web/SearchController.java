package it.cartella.app.web;

import it.cartella.app.security.CurrentActor;
import it.cartella.query.cases.CasePage;
import it.cartella.query.cases.CaseQueries;
import it.cartella.query.cases.CaseSearch;
import it.cartella.query.cases.CaseView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The home page: search first. Nothing about anyone is shown until the user says whom they look for, by name,
 * codice fiscale or case number. The term is posted, never put in the address, so that no codice fiscale lands in
 * a browser history, a proxy log or a Referer header.
 */
@Controller
class SearchController {

    static final int MAX_RESULTS = 50;
    private static final Comparator<CaseView> MOST_RECENT_FIRST = Comparator.comparing(CaseView::openedOn,
            Comparator.nullsLast(Comparator.reverseOrder()));
    private static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final CaseQueries cases;
    private final CaseVisibility visibility;
    private final CurrentActor currentActor;

    SearchController(CaseQueries cases, CaseVisibility visibility, CurrentActor currentActor) {
        this.cases = cases;
        this.visibility = visibility;
        this.currentActor = currentActor;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("search", new SearchForm(""));
        return "search";
    }

    @PostMapping("/search")
    Mono<String> search(@ModelAttribute("search") SearchForm form, Model model) {
        String term = form.q() == null ? "" : form.q().strip();
        if (term.length() < 2) {
            model.addAttribute("termError", true);
            return Mono.just("search");
        }
        return currentActor.get()
                .flatMap(visibility::organisations)
                .flatMap(owners -> owners.isEmpty() ? Mono.just(List.<CaseView>of()) : find(term, owners))
                .doOnNext(found -> model.addAttribute("results", found))
                .thenReturn("search");
    }

    /**
     * A case number typed exactly comes first, then the cases whose person's names or codice fiscale start with the
     * words typed: the read side's search, once per organisation the user may see.
     */
    private Mono<List<CaseView>> find(String term, Set<String> owners) {
        Flux<CaseView> byNumber = CASE_NUMBER.matcher(term).matches()
                ? cases.findById(term).filter(view -> owners.contains(view.owningOrganisation())).flux()
                : Flux.empty();
        Flux<CaseView> byPerson = Flux.fromIterable(owners)
                .concatMap(owner -> cases.search(new CaseSearch(null, null, null, null, owner, term), 0, MAX_RESULTS))
                .concatMapIterable(CasePage::items)
                .sort(MOST_RECENT_FIRST);
        return Flux.concat(byNumber, byPerson)
                .distinct(CaseView::caseId)
                .take(MAX_RESULTS)
                .collectList();
    }

    /** What the search box posts. */
    public record SearchForm(String q) {
    }
}

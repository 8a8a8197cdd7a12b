package it.cartella.app.web;

import it.cartella.app.access.CaseAccess;
import it.cartella.app.access.CaseGuard;
import it.cartella.app.security.Actor;
import it.cartella.kernel.privacy.PersonalDataCategory;
import it.cartella.query.cases.CaseDetail;
import it.cartella.query.cases.CaseFileQueries;
import it.cartella.query.cases.CasePage;
import it.cartella.query.cases.CaseQueries;
import it.cartella.query.cases.CaseSearch;
import it.cartella.query.cases.CaseView;
import it.cartella.query.timeline.CaseTimeline;
import it.cartella.query.timeline.TimelineEntry;
import it.cartella.query.worklist.WorklistItem;
import it.cartella.query.worklist.WorklistQueries;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every read of case data the pages make, decided by the same access policy and written to the same access log as
 * the API's: search hits are logged as list rows, the case page as a detail read and its timeline as a timeline
 * read, each with the categories shown. A partner gets what the API gives them: the case's summary with only the
 * granted categories, never the file or the timeline, whose free text spans every category.
 */
@Component
class CasePageReads {

    static final int MAX_RESULTS = 50;
    static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    /** The categories whose holder sees the whole case file: the owning side's (as the API decides). */
    private static final Set<PersonalDataCategory> FULL_FILE =
            EnumSet.complementOf(EnumSet.of(PersonalDataCategory.SEALED_VIOLENCE));

    private final CaseGuard guard;
    private final CaseQueries cases;
    private final CaseFileQueries files;
    private final CaseTimeline timeline;
    private final PageFilter filter;
    private final WorklistQueries worklist;

    CasePageReads(CaseGuard guard, CaseQueries cases, CaseFileQueries files, CaseTimeline timeline,
                  PageFilter filter, WorklistQueries worklist) {
        this.worklist = worklist;
        this.guard = guard;
        this.cases = cases;
        this.files = files;
        this.timeline = timeline;
        this.filter = filter;
    }

    /** What one reader may see of one case; {@code file} is null and {@code timeline} empty for a partner. */
    record CasePageData(CaseAccess access, Shown<CaseView> summary, CaseDetail file, List<TimelineEntry> timeline,
                        List<WorklistItem> deadlines) {

        boolean fullFile() {
            return file != null;
        }
    }

    /**
     * A case number typed exactly comes first, then the cases whose person's names or codice fiscale start with the
     * words typed, within the reader's scope. A hit found by name is shown only to a reader granted the identifying
     * data: otherwise the hit itself would tell them the name.
     */
    Mono<List<Shown<CaseView>>> search(Actor actor, String term) {
        Flux<Hit> byNumber = CASE_NUMBER.matcher(term).matches()
                ? cases.findById(term).map(view -> new Hit(view, false)).flux() : Flux.empty();
        Flux<Hit> byPerson = guard.policy().listScope(actor)
                .flatMap(scope -> cases.search(new CaseSearch(null, null, null, null, null, term), scope, 0,
                        MAX_RESULTS))
                .flatMapIterable(CasePage::items)
                .map(view -> new Hit(view, true));
        return Flux.concat(byNumber, byPerson)
                .distinct(hit -> hit.view().caseId())
                .collectList()
                .flatMap(hits -> guard.policy().readable(actor, hits, hit -> hit.view().caseId()))
                .map(readable -> readable.stream()
                        .filter(shown -> !shown.getT1().byName()
                                || shown.getT2().categories().contains(PersonalDataCategory.IDENTIFYING))
                        .limit(MAX_RESULTS)
                        .toList())
                .flatMap(shown -> guard.showAll(actor, shown, "READ_LIST",
                        (hit, access) -> filter.show(hit.view(), access.categories())));
    }

    private record Hit(CaseView view, boolean byName) {
    }

    /** Fails with a FORBIDDEN domain error (logged as denied) when the reader has no basis, NOT_FOUND when unknown. */
    Mono<CasePageData> page(Actor actor, String caseId, String language) {
        return guard.read(actor, caseId, "READ_DETAIL").flatMap(access -> cases.findById(caseId)
                .map(view -> filter.show(view, access.categories()))
                .flatMap(summary -> {
                    if (!access.categories().containsAll(FULL_FILE)) {
                        return Mono.just(new CasePageData(access, summary, null, List.of(), List.of()));
                    }
                    return files.detail(caseId)
                            .flatMap(file -> guard.shown(actor, access, "READ_TIMELINE")
                                    .then(Mono.zip(timeline.of(caseId).defaultIfEmpty(List.of()),
                                            worklist.ofCase(caseId, language)))
                                    .map(t -> new CasePageData(access, summary, file, t.getT1(), t.getT2())));
                }));
    }

    /**
     * The case file a command form is filled in from (its people, interventions, team), for a user who may change
     * the case: the change is decided and logged as the command's would be, and the data the form shows are logged
     * as read. Fails like {@link #page} otherwise.
     */
    Mono<CaseDetail> forChange(Actor actor, String caseId) {
        return guard.change(actor, caseId, "OPEN_FORM")
                .flatMap(access -> guard.shown(actor, access, "READ_FORM").then(files.detail(caseId)));
    }
}

package it.cartella.app.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.access.CaseAccessPolicy;
import it.cartella.app.access.CaseGuard;
import it.cartella.app.access.CategoryFilter;
import it.cartella.app.command.Commands;
import it.cartella.app.command.Versions;
import it.cartella.app.problem.ProblemBody;
import it.cartella.app.security.CurrentActor;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.privacy.PersonalDataCategory;
import it.cartella.query.cases.CaseQueries;
import it.cartella.query.cases.CaseView;
import it.cartella.query.cases.CaseFileQueries;
import it.cartella.query.timeline.CaseTimeline;
import it.cartella.query.timeline.TimelineEntry;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@RestController
@RequestMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases", description = "Taking people in charge (presa in carico)")
class CaseController {

    private final Commands commands;
    private final CaseOpening caseOpening;
    private final CaseQueries caseQueries;
    private final CaseFileQueries caseFiles;
    private final CaseTimeline timeline;
    private final CurrentActor currentActor;
    private final CaseGuard guard;
    private final CategoryFilter filter;
    private final OpeningAuthorization openingAuthorization;

    CaseController(Commands commands, CaseOpening caseOpening, CaseQueries caseQueries, CaseFileQueries caseFiles,
                   CaseTimeline timeline, CurrentActor currentActor, CaseGuard guard, CategoryFilter caseViewFilter,
                   OpeningAuthorization openingAuthorization) {
        this.openingAuthorization = openingAuthorization;
        this.commands = commands;
        this.caseOpening = caseOpening;
        this.caseQueries = caseQueries;
        this.caseFiles = caseFiles;
        this.timeline = timeline;
        this.currentActor = currentActor;
        this.guard = guard;
        this.filter = caseViewFilter;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a case",
            description = "Registers the person unless their codice fiscale is already known, then opens the case. "
                    + "The whole body is checked first: a request with any mistake stores nothing, and the answer "
                    + "lists every field in error. The case appears in the list and detail moments later.")
    @ApiResponse(responseCode = "201", description = "Case opened; Location names it")
    @ApiResponse(responseCode = "400", description = "Invalid request: every field in error is listed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemBody.class)))
    Mono<ResponseEntity<CaseRef>> open(@RequestBody OpenCaseRequest request, ServerWebExchange exchange) {
        return currentActor.get().flatMap(actor -> commands.run(exchange, request, CaseRef.class,
                sender -> CaseRef.created(caseOpening.open(request, sender, openCase -> openingAuthorization.authorize(actor, openCase)))));
    }

    @GetMapping
    @Operation(summary = "List cases, most recently opened first",
            description = "Filters that carry no personal data; to search by name or codice fiscale use "
                    + "POST /api/cases/search, which keeps them out of URLs and logs.")
    Mono<FilteredPage> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                        @RequestParam(required = false) String status,
                        @RequestParam(required = false) String residenceComune,
                        @RequestParam(required = false) String macroArea,
                        @RequestParam(required = false) String caseManager,
                        @RequestParam(required = false) String owningOrganisation) {
        CaseSearchRequest search = new CaseSearchRequest(status, residenceComune, macroArea, caseManager,
                owningOrganisation, null, page, size);
        return visible(search);
    }

    @PostMapping(path = "/search", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Search cases by status, Comune, macro-area, case manager, and name or codice fiscale",
            description = "text matches, word by word, the start of the first or last name or of the codice "
                    + "fiscale, ignoring case. Newest first, one page at a time.")
    Mono<FilteredPage> search(@RequestBody CaseSearchRequest request) {
        return visible(request);
    }

    /**
     * The page of the cases the user may see, each row showing only the categories granted for its case and
     * naming the ones withheld; every row shown is written to the access log.
     */
    private Mono<FilteredPage> visible(CaseSearchRequest request) {
        return currentActor.get().flatMap(actor -> guard.policy().listScope(actor)
                .flatMap(scope -> caseQueries.search(request.criteria(), scope, request.pageNumber(),
                        request.pageSize()))
                .flatMap(found -> guard.policy().readable(actor, found.items(), CaseView::caseId)
                        // The page's rows go to the access log in one append, before any leaves.
                        .flatMap(shown -> guard.showAll(actor, shown, "READ_LIST",
                                (row, access) -> filter.filter(row, access.categories())))
                        .map(rows -> new FilteredPage(rows, found.page(), found.size(), found.total()))));
    }

    @GetMapping("/{caseId}")
    @Operation(summary = "One case: people, assessments, team, plans, interventions, tirocini, discharges, "
            + "monitoring, status and what falls due next")
    @ApiResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemBody.class)))
    @ApiResponse(responseCode = "403", description = "No basis to access this case (logged)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemBody.class)))
    Mono<ResponseEntity<Object>> get(@PathVariable String caseId) {
        String id = CaseId.of(caseId).value();
        return currentActor.get().flatMap(actor -> guard.read(actor, id, "READ_DETAIL")).flatMap(access -> {
            if (access.categories().containsAll(FULL_FILE)) {
                // The ETag is the version of the case the file shows, to name in If-Match when changing it.
                return caseFiles.detail(id).switchIfEmpty(Mono.error(CaseController::notFound))
                        .map(file -> Versions.tagged(ResponseEntity.ok((Object) filter.filter(file,
                                access.categories())), file.version));
            }
            // A partner gets the case's summary with only the categories granted, never the whole file.
            return caseQueries.findById(id).switchIfEmpty(Mono.error(CaseController::notFound))
                    .map(view -> ResponseEntity.ok((Object) filter.filter(view, access.categories())));
        });
    }

    @GetMapping("/{caseId}/timeline")
    @Operation(summary = "Every event of the case and of its plans, interventions, tirocini, discharges, contacts "
            + "and household, in order, with who acted, for which organisation, and a summary in Italian and English")
    Mono<List<TimelineEntry>> timeline(@PathVariable String caseId) {
        String id = CaseId.of(caseId).value();
        // Its summaries are free text across every category: for those who may see the whole case only.
        return currentActor.get().flatMap(actor -> guard.read(actor, id, "READ_TIMELINE"))
                .filter(access -> access.categories().containsAll(FULL_FILE))
                .switchIfEmpty(Mono.error(CaseAccessPolicy::denied))
                .flatMap(access -> timeline.of(id).switchIfEmpty(Mono.error(CaseController::notFound)));
    }

    /** A page of case rows, each filtered to the categories the reader was granted for its case. */
    record FilteredPage(List<Map<String, Object>> items, int page, int size, long total) {
    }

    /** The categories whose holder sees the whole case file: the owning side's. */
    private static final Set<PersonalDataCategory> FULL_FILE =
            EnumSet.complementOf(EnumSet.of(PersonalDataCategory.SEALED_VIOLENCE));

    private static DomainException notFound() {
        return DomainException.notFound("CASE_NOT_FOUND", "Presa in carico non trovata.", "Case not found.");
    }
}

package it.cartella.app.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.command.Commands;
import it.cartella.app.problem.ProblemBody;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.query.cases.CasePage;
import it.cartella.query.cases.CaseQueries;
import it.cartella.query.cases.CaseDetail;
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

import java.util.List;

@RestController
@RequestMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases", description = "Taking people in charge (presa in carico)")
class CaseController {

    private final Commands commands;
    private final CaseOpening caseOpening;
    private final CaseQueries caseQueries;
    private final CaseFileQueries caseFiles;
    private final CaseTimeline timeline;

    CaseController(Commands commands, CaseOpening caseOpening, CaseQueries caseQueries, CaseFileQueries caseFiles,
                   CaseTimeline timeline) {
        this.commands = commands;
        this.caseOpening = caseOpening;
        this.caseQueries = caseQueries;
        this.caseFiles = caseFiles;
        this.timeline = timeline;
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
        return commands.run(exchange, request, CaseRef.class,
                sender -> CaseRef.created(caseOpening.open(request, sender)));
    }

    @GetMapping
    @Operation(summary = "List cases, most recently opened first",
            description = "Filters that carry no personal data; to search by name or codice fiscale use "
                    + "POST /api/cases/search, which keeps them out of URLs and logs.")
    Mono<CasePage> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                        @RequestParam(required = false) String status,
                        @RequestParam(required = false) String residenceComune,
                        @RequestParam(required = false) String macroArea,
                        @RequestParam(required = false) String caseManager,
                        @RequestParam(required = false) String owningOrganisation) {
        CaseSearchRequest search = new CaseSearchRequest(status, residenceComune, macroArea, caseManager,
                owningOrganisation, null, page, size);
        return caseQueries.search(search.criteria(), search.pageNumber(), search.pageSize());
    }

    @PostMapping(path = "/search", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Search cases by status, Comune, macro-area, case manager, and name or codice fiscale",
            description = "text matches, word by word, the start of the first or last name or of the codice "
                    + "fiscale, ignoring case. Newest first, one page at a time.")
    Mono<CasePage> search(@RequestBody CaseSearchRequest request) {
        return caseQueries.search(request.criteria(), request.pageNumber(), request.pageSize());
    }

    @GetMapping("/{caseId}")
    @Operation(summary = "One case: people, assessments, team, plans, interventions, tirocini, discharges, "
            + "monitoring, status and what falls due next")
    @ApiResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemBody.class)))
    Mono<CaseDetail> get(@PathVariable String caseId) {
        return caseFiles.detail(CaseId.of(caseId).value()).switchIfEmpty(Mono.error(CaseController::notFound));
    }

    @GetMapping("/{caseId}/timeline")
    @Operation(summary = "Every event of the case and of its plans, interventions, tirocini, discharges, contacts "
            + "and household, in order, with who acted, for which organisation, and a summary in Italian and English")
    Mono<List<TimelineEntry>> timeline(@PathVariable String caseId) {
        return timeline.of(CaseId.of(caseId).value()).switchIfEmpty(Mono.error(CaseController::notFound));
    }

    private static DomainException notFound() {
        return DomainException.notFound("CASE_NOT_FOUND", "Presa in carico non trovata.", "Case not found.");
    }
}

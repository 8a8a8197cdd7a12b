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
import it.cartella.query.cases.CaseView;
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

@RestController
@RequestMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases", description = "Taking people in charge (presa in carico)")
class CaseController {

    private final Commands commands;
    private final CaseOpening caseOpening;
    private final CaseQueries caseQueries;

    CaseController(Commands commands, CaseOpening caseOpening, CaseQueries caseQueries) {
        this.commands = commands;
        this.caseOpening = caseOpening;
        this.caseQueries = caseQueries;
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
    @Operation(summary = "List cases, most recently opened first")
    Mono<CasePage> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (size < 1 || size > CaseQueries.MAX_PAGE_SIZE) {
            throw DomainException.invalid("size", "PAGE_SIZE_OUT_OF_RANGE",
                    "La dimensione della pagina va da 1 a " + CaseQueries.MAX_PAGE_SIZE + ".",
                    "The page size goes from 1 to " + CaseQueries.MAX_PAGE_SIZE + ".");
        }
        if (page < 0 || (long) page * size > Integer.MAX_VALUE) {
            throw DomainException.invalid("page", "PAGE_OUT_OF_RANGE", "Numero di pagina non valido: si parte da 0.",
                    "Invalid page number: pages start at 0.");
        }
        return caseQueries.list(page, size);
    }

    @GetMapping("/{caseId}")
    @Operation(summary = "One case")
    @ApiResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemBody.class)))
    Mono<CaseView> get(@PathVariable String caseId) {
        return caseQueries.findById(CaseId.of(caseId).value())
                .switchIfEmpty(Mono.error(() -> DomainException.notFound("CASE_NOT_FOUND",
                        "Presa in carico non trovata.", "Case not found.")));
    }
}

package it.cartella.app.worklist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.problem.Language;
import it.cartella.app.problem.ProblemBody;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.UserId;
import it.cartella.query.worklist.Worklist;
import it.cartella.query.worklist.WorklistQueries;
import org.springframework.http.MediaType;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

@RestController
@RequestMapping(path = "/api/worklist", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Worklist", description = "What is due and overdue on one's cases (statutory clocks)")
class WorklistController {

    private final WorklistQueries worklistQueries;
    private final List<Coordinators> coordinators;

    WorklistController(WorklistQueries worklistQueries, List<Coordinators> coordinators) {
        this.worklistQueries = worklistQueries;
        this.coordinators = List.copyOf(coordinators);
    }

    @GetMapping
    @Operation(summary = "The asking user's worklist",
            description = "Everything overdue, and everything due within the horizon (7 or 30 days), on the cases "
                    + "the user manages or, for a coordinator, on every case of the organisations they coordinate. "
                    + "Most urgent first, with counts per type. Each item names the rule and the rule version "
                    + "that set its due date.")
    @Parameter(in = ParameterIn.HEADER, name = RequestUser.HEADER, required = true,
            description = "The user asking, until sign-in exists")
    @ApiResponse(responseCode = "400", description = "No user, or a horizon other than 7 or 30",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemBody.class)))
    Mono<Worklist> worklist(@RequestParam(defaultValue = "7") int horizon,
                            @RequestHeader HttpHeaders headers) {
        if (horizon != 7 && horizon != 30) {
            throw DomainException.invalid("horizon", "HORIZON_NOT_SUPPORTED",
                    "L'orizzonte è di 7 o 30 giorni.", "The horizon is 7 or 30 days.");
        }
        UserId user = RequestUser.of(headers);
        List<String> coordinated = coordinators.stream().flatMap(c -> c.coordinatedBy(user.value()).stream())
                .distinct().toList();
        return worklistQueries.worklist(user.value(), coordinated, horizon,
                Language.preferredBy(headers).locale().getLanguage());
    }
}

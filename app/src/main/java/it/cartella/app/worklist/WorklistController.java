package it.cartella.app.worklist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.problem.Language;
import it.cartella.app.problem.ProblemBody;
import it.cartella.app.security.CurrentActor;
import it.cartella.kernel.error.DomainException;
import it.cartella.query.worklist.Worklist;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping(path = "/api/worklist", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Worklist", description = "What is due and overdue on one's cases (statutory clocks)")
class WorklistController {

    private final Worklists worklists;
    private final CurrentActor currentActor;

    WorklistController(Worklists worklists, CurrentActor currentActor) {
        this.worklists = worklists;
        this.currentActor = currentActor;
    }

    @GetMapping
    @Operation(summary = "The signed-in user's worklist",
            description = "Everything overdue, and everything due within the horizon (7 or 30 days), on the cases "
                    + "the user manages; for a coordinator also on every case of their organisation, and for a "
                    + "coordinator of the Ufficio di Piano on every case of the Ambito. Most urgent first, with "
                    + "counts per type. Each item names the rule and the rule version that set its due date.")
    @ApiResponse(responseCode = "400", description = "A horizon other than 7 or 30",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemBody.class)))
    Mono<Worklist> worklist(@RequestParam(defaultValue = "7") int horizon, @RequestHeader HttpHeaders headers) {
        if (horizon != 7 && horizon != 30) {
            return Mono.error(DomainException.invalid("horizon", "HORIZON_NOT_SUPPORTED",
                    "L'orizzonte è di 7 o 30 giorni.", "The horizon is 7 or 30 days."));
        }
        String language = Language.preferredBy(headers).locale().getLanguage();
        return currentActor.get().flatMap(actor -> worklists.of(actor, horizon, language));
    }
}

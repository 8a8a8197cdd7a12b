package it.cartella.app.adi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.command.CommandAnswer;
import it.cartella.app.command.Commands;
import it.cartella.kernel.adi.ConfirmSflParticipation;
import it.cartella.kernel.adi.ExtendSfl;
import it.cartella.kernel.adi.SflStarted;
import it.cartella.kernel.adi.StartSfl;
import it.cartella.kernel.id.SflBenefitId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/** The Supporto per la Formazione e il Lavoro of a case's person: start, confirmations, extension in training. */
@RestController
@RequestMapping(path = "/api", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Supporto per la Formazione e il Lavoro", description = "SFL and the facts its clocks wait for")
class SflController {

    private final Commands commands;

    SflController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping("/cases/{caseId}/sfl")
    @Operation(summary = "Record that the case's person receives the SFL",
            description = "Starts the 12 months and the 90-day participation confirmations. 404 CASE_NOT_FOUND.")
    Mono<ResponseEntity<AdiRequests.SflRef>> start(@PathVariable String caseId,
                                                   @RequestBody AdiRequests.SflStart request,
                                                   ServerWebExchange exchange) {
        return commands.onCase(exchange, request, AdiRequests.SflRef.class, caseId, (sender, opened) -> {
            SflBenefitId id = SflBenefitId.newId();
            sender.send(new StartSfl(id, opened.caseId(), opened.personId(), request.startsOn()));
            return CommandAnswer.created(location(id), new AdiRequests.SflRef(id.value(), opened.caseId().value()));
        });
    }

    @PostMapping("/sfl/{sflBenefitId}/confirmations")
    @Operation(summary = "Record a confirmation of participation",
            description = "The next one is due 90 days later. 400 OUTSIDE_SFL_PERIOD.")
    Mono<ResponseEntity<AdiRequests.SflRef>> confirm(@PathVariable String sflBenefitId,
                                                     @RequestBody AdiRequests.SflConfirmation request,
                                                     ServerWebExchange exchange) {
        return change(exchange, sflBenefitId, request, id -> new ConfirmSflParticipation(id, request.confirmedOn()));
    }

    @PostMapping("/sfl/{sflBenefitId}/extension")
    @Operation(summary = "Extend the SFL by 12 months for a beneficiary in training",
            description = "400 SFL_EXTENSION_NEEDS_TRAINING; 409 SFL_ALREADY_EXTENDED.")
    Mono<ResponseEntity<AdiRequests.SflRef>> extend(@PathVariable String sflBenefitId,
                                                    @RequestBody AdiRequests.SflExtension request,
                                                    ServerWebExchange exchange) {
        return change(exchange, sflBenefitId, request, id -> new ExtendSfl(id, request.inTraining()));
    }

    private Mono<ResponseEntity<AdiRequests.SflRef>> change(ServerWebExchange exchange, String sflBenefitId,
                                                            Object request, Function<SflBenefitId, Object> command) {
        return commands.onRecord(exchange, request, AdiRequests.SflRef.class, () -> SflBenefitId.of(sflBenefitId),
                SflStarted.class, (id, started) -> command.apply(id), (id, started) ->
                        CommandAnswer.ok(location(id), new AdiRequests.SflRef(id.value(), started.caseId().value())));
    }

    private static String location(SflBenefitId id) {
        return "/api/sfl/" + id.value();
    }
}

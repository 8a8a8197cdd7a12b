package it.cartella.app.adi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.problem.ProblemBody;
import it.cartella.kernel.adi.ReceiveAdiApplication;
import it.cartella.kernel.adi.RecordFirstMeeting;
import it.cartella.kernel.adi.RecordMissedMeeting;
import it.cartella.kernel.adi.RenewAdi;
import it.cartella.kernel.adi.UpdatePosition;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.AdiBenefitId;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.id.PersonId;
import it.cartella.query.cases.CaseQueries;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.function.Supplier;

/**
 * The Assegno di Inclusione of a case: the household's arrival after the PAD, the first meeting, missed
 * convocations, position updates and renewals. The clocks these start and stop are the deadline engine's.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assegno di Inclusione", description = "ADI households and the facts their clocks wait for")
class AdiController {

    private final CommandGateway commandGateway;
    private final CaseQueries caseQueries;

    AdiController(CommandGateway commandGateway, CaseQueries caseQueries) {
        this.commandGateway = commandGateway;
        this.caseQueries = caseQueries;
    }

    @PostMapping(path = "/cases/{caseId}/adi", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a household on the Assegno di Inclusione",
            description = "For the case of the household INPS sent after the PAD: the applicant and household are "
                    + "the case's. Starts the 120 days to the first meeting (from clockStartsOn when given) and the "
                    + "18 months.")
    @ApiResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemBody.class)))
    Mono<AdiRequests.Received> receive(@PathVariable String caseId, @RequestBody AdiRequests.Application body) {
        AdiBenefitId id = AdiBenefitId.newId();
        return caseQueries.findById(CaseId.of(caseId).value())
                .switchIfEmpty(Mono.error(() -> DomainException.notFound("CASE_NOT_FOUND",
                        "Presa in carico non trovata.", "Case not found.")))
                .flatMap(view -> send(() -> new ReceiveAdiApplication(id, CaseId.of(view.caseId()),
                        view.householdId() == null ? null : HouseholdId.of(view.householdId()),
                        PersonId.of(view.personId()), body.padSignedOn(), body.clockStartsOn(), body.exemptions())))
                .thenReturn(new AdiRequests.Received(id.value()));
    }

    @PostMapping(path = "/adi/{adiBenefitId}/first-meeting", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record the first meeting of the period",
            description = "Stops the 120 days (lifting a suspension they caused) and starts the 60 days to sign the "
                    + "PaIS and, unless exempt, the 90-day position updates.")
    Mono<Void> firstMeeting(@PathVariable String adiBenefitId, @RequestBody AdiRequests.FirstMeeting body) {
        return send(() -> new RecordFirstMeeting(AdiBenefitId.of(adiBenefitId), body.heldOn()));
    }

    @PostMapping(path = "/adi/{adiBenefitId}/missed-meetings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record a convocation the household missed",
            description = "Without a justified reason the household is marked for loss of the benefit, to be "
                    + "reported to INPS.")
    Mono<Void> missedMeeting(@PathVariable String adiBenefitId, @RequestBody AdiRequests.MissedMeeting body) {
        return send(() -> new RecordMissedMeeting(AdiBenefitId.of(adiBenefitId), body.scheduledOn(), body.justified(),
                body.justification()));
    }

    @PostMapping(path = "/adi/{adiBenefitId}/position-updates", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record a position update", description = "The next one is due 90 days later.")
    Mono<Void> positionUpdate(@PathVariable String adiBenefitId, @RequestBody AdiRequests.PositionUpdate body) {
        return send(() -> new UpdatePosition(AdiBenefitId.of(adiBenefitId), body.updatedOn()));
    }

    @PostMapping(path = "/adi/{adiBenefitId}/renewals", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record a renewal on a new PAD",
            description = "12 more months, after one month of pause; the first meeting is due again within 120 days.")
    Mono<Void> renewal(@PathVariable String adiBenefitId, @RequestBody AdiRequests.Renewal body) {
        return send(() -> new RenewAdi(AdiBenefitId.of(adiBenefitId), body.padSignedOn()));
    }

    /** Builds the command (its checks may refuse the request) and sends it without blocking the event loop. */
    private Mono<Void> send(Supplier<Object> command) {
        return Mono.fromCallable(command::get)
                // The command bus and the event store block: keep them off the server's event loop.
                .publishOn(Schedulers.boundedElastic())
                .flatMap(c -> Mono.fromFuture(() -> commandGateway.send(c)))
                .onErrorMap(AggregateNotFoundException.class, e -> DomainException.notFound("ADI_BENEFIT_NOT_FOUND",
                        "Assegno di Inclusione non trovato.", "Assegno di Inclusione not found."))
                .then();
    }
}

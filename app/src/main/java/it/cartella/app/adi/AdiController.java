package it.cartella.app.adi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.command.CommandAnswer;
import it.cartella.app.command.Commands;
import it.cartella.kernel.adi.AdiApplicationReceived;
import it.cartella.kernel.adi.ReceiveAdiApplication;
import it.cartella.kernel.adi.RecordFirstMeeting;
import it.cartella.kernel.adi.RecordMissedMeeting;
import it.cartella.kernel.adi.RenewAdi;
import it.cartella.kernel.adi.UpdatePosition;
import it.cartella.kernel.id.AdiBenefitId;
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

/**
 * The Assegno di Inclusione of a case: the household's arrival after the PAD, the first meeting, missed
 * convocations, position updates and renewals. The clocks these start and stop are the deadline engine's.
 */
@RestController
@RequestMapping(path = "/api", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assegno di Inclusione", description = "ADI households and the facts their clocks wait for")
class AdiController {

    private final Commands commands;

    AdiController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping("/cases/{caseId}/adi")
    @Operation(summary = "Record a household on the Assegno di Inclusione",
            description = "For the case of the household INPS sent after the PAD: the applicant and household are "
                    + "the case's. Starts the 120 days to the first meeting (from clockStartsOn when given) and the "
                    + "18 months. 404 CASE_NOT_FOUND; 400 CLOCK_BEFORE_PAD.")
    Mono<ResponseEntity<AdiRequests.AdiRef>> receive(@PathVariable String caseId,
                                                     @RequestBody AdiRequests.Application request,
                                                     ServerWebExchange exchange) {
        return commands.onCase(exchange, request, AdiRequests.AdiRef.class, caseId, (sender, opened) -> {
            AdiBenefitId id = AdiBenefitId.newId();
            sender.send(new ReceiveAdiApplication(id, opened.caseId(), opened.householdId(), opened.personId(),
                    request.padSignedOn(), request.clockStartsOn(), request.exemptions()));
            return CommandAnswer.created(location(id), new AdiRequests.AdiRef(id.value(), opened.caseId().value()));
        });
    }

    @PostMapping("/adi/{adiBenefitId}/first-meeting")
    @Operation(summary = "Record the first meeting of the period",
            description = "Stops the 120 days (lifting a suspension they caused) and starts the 60 days to sign the "
                    + "PaIS and, unless exempt, the 90-day position updates. 409 FIRST_MEETING_ALREADY_HELD.")
    Mono<ResponseEntity<AdiRequests.AdiRef>> firstMeeting(@PathVariable String adiBenefitId,
                                                          @RequestBody AdiRequests.FirstMeeting request,
                                                          ServerWebExchange exchange) {
        return change(exchange, adiBenefitId, request, id -> new RecordFirstMeeting(id, request.heldOn()));
    }

    @PostMapping("/adi/{adiBenefitId}/missed-meetings")
    @Operation(summary = "Record a convocation the household missed",
            description = "Without a justified reason the household is marked for loss of the benefit, to be "
                    + "reported to INPS. 400 JUSTIFICATION_REQUIRED for a justified absence without its reason.")
    Mono<ResponseEntity<AdiRequests.AdiRef>> missedMeeting(@PathVariable String adiBenefitId,
                                                           @RequestBody AdiRequests.MissedMeeting request,
                                                           ServerWebExchange exchange) {
        return change(exchange, adiBenefitId, request, id -> new RecordMissedMeeting(id, request.scheduledOn(),
                request.justified(), request.justification()));
    }

    @PostMapping("/adi/{adiBenefitId}/position-updates")
    @Operation(summary = "Record a position update",
            description = "The next one is due 90 days later. 409 FIRST_MEETING_NOT_HELD.")
    Mono<ResponseEntity<AdiRequests.AdiRef>> positionUpdate(@PathVariable String adiBenefitId,
                                                            @RequestBody AdiRequests.PositionUpdate request,
                                                            ServerWebExchange exchange) {
        return change(exchange, adiBenefitId, request, id -> new UpdatePosition(id, request.updatedOn()));
    }

    @PostMapping("/adi/{adiBenefitId}/renewals")
    @Operation(summary = "Record a renewal on a new PAD",
            description = "12 more months, after one month of pause; the first meeting is due again within 120 "
                    + "days. 400 ADI_RENEWAL_TOO_EARLY.")
    Mono<ResponseEntity<AdiRequests.AdiRef>> renewal(@PathVariable String adiBenefitId,
                                                     @RequestBody AdiRequests.Renewal request,
                                                     ServerWebExchange exchange) {
        return change(exchange, adiBenefitId, request, id -> new RenewAdi(id, request.padSignedOn()));
    }

    private Mono<ResponseEntity<AdiRequests.AdiRef>> change(ServerWebExchange exchange, String adiBenefitId,
                                                            Object request, Function<AdiBenefitId, Object> command) {
        return commands.onRecord(exchange, request, AdiRequests.AdiRef.class, () -> AdiBenefitId.of(adiBenefitId),
                AdiApplicationReceived.class, (id, received) -> command.apply(id), (id, received) ->
                        CommandAnswer.ok(location(id), new AdiRequests.AdiRef(id.value(), received.caseId().value())));
    }

    private static String location(AdiBenefitId id) {
        return "/api/adi/" + id.value();
    }
}

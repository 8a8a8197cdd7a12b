package it.cartella.app.discharges;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.command.AggregateFacts;
import it.cartella.app.command.CommandAnswer;
import it.cartella.app.command.Commands;
import it.cartella.app.discharges.DischargeRequests.CareRequest;
import it.cartella.app.discharges.DischargeRequests.HospitalDischargeRequest;
import it.cartella.app.discharges.DischargeRequests.ReadmissionRequest;
import it.cartella.app.discharges.DischargeRequests.StartRequest;
import it.cartella.app.request.FieldErrors;
import it.cartella.kernel.discharge.ProtectedDischargeStarted;
import it.cartella.kernel.discharge.StartProtectedDischarge;
import it.cartella.kernel.id.DischargeId;
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

@RestController
@RequestMapping(path = "/api/discharges", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Protected discharges", description = "Dimissioni protette: referral, discharge, care package, readmission")
public class DischargeController {

    private final Commands commands;
    private final AggregateFacts facts;

    DischargeController(Commands commands, AggregateFacts facts) {
        this.commands = commands;
        this.facts = facts;
    }

    @PostMapping
    @Operation(summary = "Start a protected discharge for a person of a case")
    public Mono<ResponseEntity<DischargeRef>> start(@RequestBody StartRequest request, ServerWebExchange exchange) {
        return commands.onCase(exchange, request, DischargeRef.class, request.caseId(), (sender, opened) -> {
            DischargeId id = DischargeId.newId();
            StartProtectedDischarge command = request.command(new FieldErrors(), id, opened);
            facts.requirePerson(command.patient(), "patient");
            sender.send(command);
            return CommandAnswer.created(location(id), new DischargeRef(id.value(), opened.caseId().value()));
        });
    }

    @PostMapping("/{dischargeId}/hospital-discharge")
    @Operation(summary = "Record when the patient left hospital: the 72-hour clock runs from it")
    public Mono<ResponseEntity<DischargeRef>> discharged(@PathVariable String dischargeId,
                                                  @RequestBody HospitalDischargeRequest request,
                                                  ServerWebExchange exchange) {
        return change(exchange, dischargeId, request, request::command);
    }

    @PostMapping("/{dischargeId}/care")
    @Operation(summary = "Record that the care package is active")
    public Mono<ResponseEntity<DischargeRef>> care(@PathVariable String dischargeId, @RequestBody CareRequest request,
                                            ServerWebExchange exchange) {
        return change(exchange, dischargeId, request, request::command);
    }

    @PostMapping("/{dischargeId}/readmission-check")
    @Operation(summary = "Record the readmission check")
    public Mono<ResponseEntity<DischargeRef>> readmission(@PathVariable String dischargeId,
                                                   @RequestBody ReadmissionRequest request,
                                                   ServerWebExchange exchange) {
        return change(exchange, dischargeId, request, request::command);
    }

    private Mono<ResponseEntity<DischargeRef>> change(ServerWebExchange exchange, String dischargeId, Object request,
                                                      Function<DischargeId, Object> command) {
        return commands.onRecord(exchange, request, DischargeRef.class, () -> DischargeId.of(dischargeId),
                ProtectedDischargeStarted.class, (id, started) -> command.apply(id), (id, started) ->
                        CommandAnswer.ok(location(id), new DischargeRef(id.value(), started.caseId().value())));
    }

    private static String location(DischargeId id) {
        return "/api/discharges/" + id.value();
    }

    public record DischargeRef(String dischargeId, String caseId) {
    }
}

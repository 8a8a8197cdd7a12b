package it.cartella.app.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.cases.CaseCommandRequests.AssignCaseManagerRequest;
import it.cartella.app.cases.CaseCommandRequests.CloseCaseRequest;
import it.cartella.app.cases.CaseCommandRequests.FormTeamRequest;
import it.cartella.app.cases.CaseCommandRequests.RecordAssessmentRequest;
import it.cartella.app.cases.CaseCommandRequests.RecordMonitoringRequest;
import it.cartella.app.cases.CaseCommandRequests.RecordNoteRequest;
import it.cartella.app.cases.CaseCommandRequests.RecordTeamMeetingRequest;
import it.cartella.app.cases.CaseCommandRequests.ReopenCaseRequest;
import it.cartella.app.cases.CaseCommandRequests.TransferCaseRequest;
import it.cartella.app.command.CommandAnswer;
import it.cartella.app.command.CommandSender;
import it.cartella.app.command.Commands;
import it.cartella.app.command.Versions;
import it.cartella.kernel.id.CaseId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/**
 * The commands on an open case: each answers 200 with the case id once its event is stored, 409 when the case's
 * state forbids it (a closed case), 404 for an unknown case. Every request accepts an {@code Idempotency-Key}, and an
 * {@code If-Match} naming the case version the change is based on (the ETag of the case detail or of the previous
 * change): if the case has changed since, the request is refused with 409 {@code VERSION_CONFLICT} carrying the
 * current version, and nothing is stored.
 */
@RestController
@RequestMapping(path = "/api/cases/{caseId}", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases")
public class CaseCommandController {

    private final Commands commands;

    CaseCommandController(Commands commands) {
        this.commands = commands;
    }

    @PutMapping("/case-manager")
    @Operation(summary = "Assign the case manager")
    public Mono<ResponseEntity<CaseRef>> assign(@PathVariable String caseId, @RequestBody AssignCaseManagerRequest request,
                                         ServerWebExchange exchange) {
        return change(exchange, caseId, request, request::command);
    }

    @PostMapping("/assessments")
    @Operation(summary = "Record a multidimensional assessment")
    public Mono<ResponseEntity<CaseRef>> assess(@PathVariable String caseId, @RequestBody RecordAssessmentRequest request,
                                         ServerWebExchange exchange) {
        return change(exchange, caseId, request, request::command);
    }

    @PutMapping("/team")
    @Operation(summary = "Form the multidisciplinary team, or give it new members")
    public Mono<ResponseEntity<CaseRef>> formTeam(@PathVariable String caseId, @RequestBody FormTeamRequest request,
                                           ServerWebExchange exchange) {
        return change(exchange, caseId, request, request::command);
    }

    @PostMapping("/team-meetings")
    @Operation(summary = "Record a meeting of the team")
    public Mono<ResponseEntity<CaseRef>> meet(@PathVariable String caseId, @RequestBody RecordTeamMeetingRequest request,
                                       ServerWebExchange exchange) {
        return change(exchange, caseId, request, request::command);
    }

    @PostMapping("/monitoring")
    @Operation(summary = "Record a monitoring point (T0, T1...)")
    public Mono<ResponseEntity<CaseRef>> monitor(@PathVariable String caseId, @RequestBody RecordMonitoringRequest request,
                                          ServerWebExchange exchange) {
        return change(exchange, caseId, request, request::command);
    }

    @PostMapping("/notes")
    @Operation(summary = "Write in the case diary")
    public Mono<ResponseEntity<CaseRef>> note(@PathVariable String caseId, @RequestBody RecordNoteRequest request,
                                       ServerWebExchange exchange) {
        return change(exchange, caseId, request, request::command);
    }

    @PostMapping("/closure")
    @Operation(summary = "Close the case", description = "A positive outcome needs both ratings POSITIVE.")
    public Mono<ResponseEntity<CaseRef>> close(@PathVariable String caseId, @RequestBody CloseCaseRequest request,
                                        ServerWebExchange exchange) {
        return change(exchange, caseId, request, request::command);
    }

    @PostMapping("/reopening")
    @Operation(summary = "Reopen a closed case")
    public Mono<ResponseEntity<CaseRef>> reopen(@PathVariable String caseId, @RequestBody ReopenCaseRequest request,
                                         ServerWebExchange exchange) {
        return change(exchange, caseId, request, request::command);
    }

    @PostMapping("/transfer")
    @Operation(summary = "Transfer the case to another organisation or Comune")
    public Mono<ResponseEntity<CaseRef>> transfer(@PathVariable String caseId, @RequestBody TransferCaseRequest request,
                                           ServerWebExchange exchange) {
        return change(exchange, caseId, request, request::command);
    }

    private Mono<ResponseEntity<CaseRef>> change(ServerWebExchange exchange, String caseId, Object request,
                                                 Function<CaseId, Object> command) {
        // The command names the case: it is sent only if the user may change that case (CommandAuthorization).
        return Mono.defer(() -> {
            Long expectedVersion = Versions.expected(exchange);
            return commands.run(exchange, request, CaseRef.class,
                    sender -> send(sender, CaseId.of(caseId), command, expectedVersion));
        }).map(answer -> Versions.tagged(answer, answer.getBody() == null ? null : answer.getBody().version()));
    }

    /** The case's command handlers answer the version they leave the case at. */
    private static CommandAnswer<CaseRef> send(CommandSender sender, CaseId caseId, Function<CaseId, Object> command,
                                               Long expectedVersion) {
        Object version = sender.send(command.apply(caseId), expectedVersion);
        return CaseRef.changed(caseId, version instanceof Long v ? v : null);
    }
}

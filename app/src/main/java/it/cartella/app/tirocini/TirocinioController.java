package it.cartella.app.tirocini;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.command.AggregateFacts;
import it.cartella.app.command.CommandAnswer;
import it.cartella.app.command.Commands;
import it.cartella.app.request.FieldErrors;
import it.cartella.app.tirocini.TirocinioRequests.ActivateTirocinioRequest;
import it.cartella.app.tirocini.TirocinioRequests.AttendanceRequest;
import it.cartella.app.tirocini.TirocinioRequests.CompletionRequest;
import it.cartella.app.tirocini.TirocinioRequests.ExtensionRequest;
import it.cartella.app.tirocini.TirocinioRequests.InterruptionRequest;
import it.cartella.kernel.id.TirocinioId;
import it.cartella.kernel.tirocinio.ActivateTirocinio;
import it.cartella.kernel.tirocinio.TirocinioActivated;
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
@RequestMapping(path = "/api/tirocini", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tirocini", description = "Social-inclusion traineeships (TIS)")
public class TirocinioController {

    private final Commands commands;
    private final AggregateFacts facts;

    TirocinioController(Commands commands, AggregateFacts facts) {
        this.commands = commands;
        this.facts = facts;
    }

    @PostMapping
    @Operation(summary = "Activate a traineeship for the person of a case",
            description = "400 TIROCINIO_OVER_24_MONTHS beyond 24 months (extend it instead, with a justification); "
                    + "400 END_BEFORE_START.")
    public Mono<ResponseEntity<TirocinioRef>> activate(@RequestBody ActivateTirocinioRequest request,
                                                ServerWebExchange exchange) {
        return commands.onCase(exchange, request, TirocinioRef.class, request.caseId(), (sender, opened) -> {
            TirocinioId id = TirocinioId.newId();
            ActivateTirocinio command = request.command(new FieldErrors(), id, opened);
            facts.requirePerson(command.trainee(), "trainee");
            sender.send(command);
            return CommandAnswer.created(location(id), new TirocinioRef(id.value(), opened.caseId().value()));
        });
    }

    @PostMapping("/{tirocinioId}/attendance")
    @Operation(summary = "Record a month's attendance")
    public Mono<ResponseEntity<TirocinioRef>> attendance(@PathVariable String tirocinioId,
                                                  @RequestBody AttendanceRequest request, ServerWebExchange exchange) {
        return change(exchange, tirocinioId, request, request::command);
    }

    @PostMapping("/{tirocinioId}/extension")
    @Operation(summary = "Extend the traineeship",
            description = "400 TIROCINIO_OVER_24_MONTHS beyond 24 months without a justification.")
    public Mono<ResponseEntity<TirocinioRef>> extend(@PathVariable String tirocinioId, @RequestBody ExtensionRequest request,
                                              ServerWebExchange exchange) {
        return change(exchange, tirocinioId, request, request::command);
    }

    @PostMapping("/{tirocinioId}/completion")
    @Operation(summary = "Complete the traineeship")
    public Mono<ResponseEntity<TirocinioRef>> complete(@PathVariable String tirocinioId,
                                                @RequestBody CompletionRequest request, ServerWebExchange exchange) {
        return change(exchange, tirocinioId, request, request::command);
    }

    @PostMapping("/{tirocinioId}/interruption")
    @Operation(summary = "Interrupt the traineeship")
    public Mono<ResponseEntity<TirocinioRef>> interrupt(@PathVariable String tirocinioId,
                                                 @RequestBody InterruptionRequest request, ServerWebExchange exchange) {
        return change(exchange, tirocinioId, request, request::command);
    }

    private Mono<ResponseEntity<TirocinioRef>> change(ServerWebExchange exchange, String tirocinioId, Object request,
                                                      Function<TirocinioId, Object> command) {
        return commands.onRecord(exchange, request, TirocinioRef.class, () -> TirocinioId.of(tirocinioId),
                TirocinioActivated.class, (id, activated) -> command.apply(id), (id, activated) ->
                        CommandAnswer.ok(location(id), new TirocinioRef(id.value(), activated.caseId().value())));
    }

    private static String location(TirocinioId id) {
        return "/api/tirocini/" + id.value();
    }

    public record TirocinioRef(String tirocinioId, String caseId) {
    }
}

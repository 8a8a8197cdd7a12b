package it.cartella.app.interventions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.command.AggregateFacts;
import it.cartella.app.command.CommandAnswer;
import it.cartella.app.command.Commands;
import it.cartella.app.request.FieldErrors;
import it.cartella.app.request.Values;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.catalog.FundingSource;
import it.cartella.kernel.catalog.OutcomeCode;
import it.cartella.kernel.catalog.ServiceCode;
import it.cartella.kernel.id.InterventionId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.intervention.ActivateIntervention;
import it.cartella.kernel.intervention.EndIntervention;
import it.cartella.kernel.intervention.InterventionActivated;
import it.cartella.kernel.intervention.RecordDelivery;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;

@RestController
@RequestMapping(path = "/api/interventions", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Interventions", description = "Services of the catalogue delivered to the person of a case")
public class InterventionController {

    private final Commands commands;
    private final AggregateFacts facts;

    InterventionController(Commands commands, AggregateFacts facts) {
        this.commands = commands;
        this.facts = facts;
    }

    @PostMapping
    @Operation(summary = "Activate an intervention of the catalogue for a case")
    public Mono<ResponseEntity<InterventionRef>> activate(@RequestBody ActivateInterventionRequest request,
                                                   ServerWebExchange exchange) {
        return commands.onCase(exchange, request, InterventionRef.class, request.caseId(), (sender, opened) -> {
            InterventionId id = InterventionId.newId();
            ActivateIntervention command = request.command(new FieldErrors(), id, opened);
            facts.requirePerson(command.beneficiary(), "beneficiary");
            sender.send(command);
            return CommandAnswer.created(location(id), new InterventionRef(id.value(), opened.caseId().value()));
        });
    }

    @PostMapping("/{interventionId}/deliveries")
    @Operation(summary = "Record hours or money delivered")
    public Mono<ResponseEntity<InterventionRef>> deliver(@PathVariable String interventionId,
                                                  @RequestBody RecordDeliveryRequest request,
                                                  ServerWebExchange exchange) {
        return change(exchange, interventionId, request, request::command);
    }

    @PostMapping("/{interventionId}/end")
    @Operation(summary = "End the intervention with an outcome of the catalogue")
    public Mono<ResponseEntity<InterventionRef>> end(@PathVariable String interventionId,
                                              @RequestBody EndInterventionRequest request, ServerWebExchange exchange) {
        return change(exchange, interventionId, request, request::command);
    }

    private Mono<ResponseEntity<InterventionRef>> change(ServerWebExchange exchange, String interventionId,
                                                         Object request, Function<InterventionId, Object> command) {
        return commands.onRecord(exchange, request, InterventionRef.class, () -> InterventionId.of(interventionId),
                InterventionActivated.class, (id, activated) -> command.apply(id), (id, activated) ->
                        CommandAnswer.ok(location(id), new InterventionRef(id.value(), activated.caseId().value())));
    }

    private static String location(InterventionId id) {
        return "/api/interventions/" + id.value();
    }

    public record InterventionRef(String interventionId, String caseId) {
    }

    @Schema(description = "An intervention: service, provider, funding, dates, planned hours or amount")
    public record ActivateInterventionRequest(
            String caseId,
            @Schema(description = "Default the case's person") String beneficiary,
            @Schema(example = "ASSISTENZA_DOMICILIARE_SAD") String service,
            @Schema(example = "coop-assistenza") String provider,
            @Schema(example = "FNPS") String funding,
            @Schema(format = "date") String start,
            @Schema(format = "date") String plannedEnd,
            BigDecimal plannedHours,
            @Schema(description = "Euro") BigDecimal plannedAmount) {

        ActivateIntervention command(FieldErrors errors, InterventionId id, CaseOpened opened) {
            PersonId person = errors.read("beneficiary", () -> beneficiary == null ? opened.personId()
                    : Values.of(beneficiary, "beneficiary", PersonId::of));
            ServiceCode s = errors.read("service", () -> Values.of(service, "service", ServiceCode::of));
            OrganisationId p = errors.read("provider", () -> Values.of(provider, "provider", OrganisationId::of));
            FundingSource f = errors.read("funding", () -> Values.of(funding, "funding", FundingSource::of));
            LocalDate from = errors.read("start", () -> Values.date(start, "start"));
            LocalDate to = errors.read("plannedEnd", () -> Values.optionalDate(plannedEnd, "plannedEnd"));
            return errors.build(() -> new ActivateIntervention(id, opened.caseId(), person, s, p, f, from, to,
                    plannedHours, plannedAmount));
        }
    }

    @Schema(description = "Hours of service, money paid, or both, on a day")
    public record RecordDeliveryRequest(@Schema(format = "date") String deliveredOn, BigDecimal hours, BigDecimal amount) {
        RecordDelivery command(InterventionId id) {
            FieldErrors errors = new FieldErrors();
            LocalDate on = errors.read("deliveredOn", () -> Values.date(deliveredOn, "deliveredOn"));
            return errors.build(() -> new RecordDelivery(id, on, hours, amount));
        }
    }

    @Schema(description = "The end, with an outcome of the catalogue (DIMESSO, TERMINATA...)")
    public record EndInterventionRequest(@Schema(format = "date") String endedOn, String outcome, String note) {
        EndIntervention command(InterventionId id) {
            FieldErrors errors = new FieldErrors();
            LocalDate on = errors.read("endedOn", () -> Values.date(endedOn, "endedOn"));
            OutcomeCode o = errors.read("outcome", () -> Values.of(outcome, "outcome", OutcomeCode::of));
            return errors.build(() -> new EndIntervention(id, on, o, note));
        }
    }
}

package it.cartella.app.pais;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.command.AggregateFacts;
import it.cartella.app.command.CommandAnswer;
import it.cartella.app.command.Commands;
import it.cartella.app.pais.PaisRequests.Content;
import it.cartella.app.pais.PaisRequests.DraftPaisRequest;
import it.cartella.app.pais.PaisRequests.SignPaisRequest;
import it.cartella.app.request.FieldErrors;
import it.cartella.app.request.Values;
import it.cartella.kernel.id.PaisId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.pais.DraftPais;
import it.cartella.kernel.pais.PaisDrafted;
import it.cartella.kernel.pais.PlanKind;
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

/**
 * Personal plans (PaIS and the plans of the same shape): drafted on a case, redrafted, signed. A new version of a
 * signed plan is drafted on the same plan.
 */
@RestController
@RequestMapping(path = "/api", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Plans", description = "PaIS and the other personal plans: drafts, versions, signatures")
public class PaisController {

    private final Commands commands;
    private final AggregateFacts facts;

    PaisController(Commands commands, AggregateFacts facts) {
        this.commands = commands;
        this.facts = facts;
    }

    @PostMapping("/cases/{caseId}/pais")
    @Operation(summary = "Draft a new plan for the case")
    public Mono<ResponseEntity<PaisRef>> draft(@PathVariable String caseId, @RequestBody DraftPaisRequest request,
                                        ServerWebExchange exchange) {
        return commands.onCase(exchange, request, PaisRef.class, caseId, (sender, opened) -> {
            FieldErrors errors = new FieldErrors();
            PlanKind kind = errors.read("kind", () -> request.kind() == null ? PlanKind.PAIS
                    : Values.choice(PlanKind.class, request.kind(), "kind"));
            PersonId beneficiary = errors.read("beneficiary", () -> request.beneficiary() == null
                    ? opened.personId() : Values.of(request.beneficiary(), "beneficiary", PersonId::of));
            Content content = request.read(errors);
            PaisId paisId = PaisId.newId();
            DraftPais command = errors.build(() -> new DraftPais(paisId, opened.caseId(), beneficiary, kind,
                    content.objectives(), content.commitments(), content.supports(), content.monitoringDates()));
            facts.requirePerson(beneficiary, "beneficiary");
            sender.send(command);
            return CommandAnswer.created(PaisRef.location(paisId), new PaisRef(paisId.value(), caseId));
        });
    }

    @PutMapping("/pais/{paisId}/draft")
    @Operation(summary = "Rewrite the pending draft, or start the next version of a signed plan",
            description = "Kind and beneficiary do not change: omit them or restate them.")
    public Mono<ResponseEntity<PaisRef>> redraft(@PathVariable String paisId, @RequestBody DraftPaisRequest request,
                                          ServerWebExchange exchange) {
        return commands.onRecord(exchange, request, PaisRef.class, () -> PaisId.of(paisId), PaisDrafted.class,
                (id, first) -> {
                    FieldErrors errors = new FieldErrors();
                    PlanKind kind = errors.read("kind", () -> request.kind() == null ? first.kind()
                            : Values.choice(PlanKind.class, request.kind(), "kind"));
                    PersonId beneficiary = errors.read("beneficiary", () -> request.beneficiary() == null
                            ? first.beneficiary() : Values.of(request.beneficiary(), "beneficiary", PersonId::of));
                    Content content = request.read(errors);
                    return errors.build(() -> new DraftPais(id, first.caseId(), beneficiary, kind,
                            content.objectives(), content.commitments(), content.supports(),
                            content.monitoringDates()));
                }, PaisController::answer);
    }

    @PostMapping("/pais/{paisId}/signature")
    @Operation(summary = "Sign the pending draft",
            description = "409 PAIS_WITHOUT_OBJECTIVES for a draft with no objective; 409 PAIS_NO_DRAFT_TO_SIGN "
                    + "when nothing is pending.")
    public Mono<ResponseEntity<PaisRef>> sign(@PathVariable String paisId, @RequestBody SignPaisRequest request,
                                       ServerWebExchange exchange) {
        return commands.onRecord(exchange, request, PaisRef.class, () -> PaisId.of(paisId), PaisDrafted.class,
                (id, first) -> request.command(id), PaisController::answer);
    }

    private static CommandAnswer<PaisRef> answer(PaisId id, PaisDrafted first) {
        return CommandAnswer.ok(PaisRef.location(id), new PaisRef(id.value(), first.caseId().value()));
    }

    /** The answer to a command on a plan; Location names the plan. */
    public record PaisRef(String paisId, String caseId) {
        static String location(PaisId paisId) {
            return "/api/pais/" + paisId.value();
        }
    }
}

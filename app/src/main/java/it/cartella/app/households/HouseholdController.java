package it.cartella.app.households;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.command.AggregateFacts;
import it.cartella.app.command.CommandAnswer;
import it.cartella.app.command.Commands;
import it.cartella.app.households.HouseholdRequests.AddMemberRequest;
import it.cartella.app.households.HouseholdRequests.RecordIseeRequest;
import it.cartella.app.households.HouseholdRequests.RegisterHouseholdRequest;
import it.cartella.kernel.household.AddHouseholdMember;
import it.cartella.kernel.household.RegisterHousehold;
import it.cartella.kernel.id.HouseholdId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping(path = "/api/households", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Households", description = "Households (nuclei): members, composition, ISEE")
public class HouseholdController {

    private final Commands commands;
    private final AggregateFacts facts;

    HouseholdController(Commands commands, AggregateFacts facts) {
        this.commands = commands;
        this.facts = facts;
    }

    @PostMapping
    @Operation(summary = "Register a household of registered persons, exactly one of them the reference person")
    public Mono<ResponseEntity<HouseholdRef>> register(@RequestBody RegisterHouseholdRequest request,
                                                ServerWebExchange exchange) {
        return commands.run(exchange, request, HouseholdRef.class, sender -> {
            HouseholdId householdId = HouseholdId.newId();
            RegisterHousehold command = request.command(householdId);
            for (int i = 0; i < command.members().size(); i++) {
                facts.requirePerson(command.members().get(i).person(), "members[" + i + "].personId");
            }
            sender.send(command);
            return CommandAnswer.created(HouseholdRef.location(householdId), new HouseholdRef(householdId.value()));
        });
    }

    @PostMapping("/{householdId}/members")
    @Operation(summary = "Add a member")
    public Mono<ResponseEntity<HouseholdRef>> add(@PathVariable String householdId, @RequestBody AddMemberRequest request,
                                           ServerWebExchange exchange) {
        return commands.run(exchange, request, HouseholdRef.class, sender -> {
            HouseholdId id = HouseholdId.of(householdId);
            AddHouseholdMember command = request.command(id);
            facts.requirePerson(command.member().person(), "member.personId");
            sender.send(command);
            return CommandAnswer.ok(HouseholdRef.location(id), new HouseholdRef(id.value()));
        });
    }

    @PostMapping("/{householdId}/isee")
    @Operation(summary = "Record a newer ISEE")
    public Mono<ResponseEntity<HouseholdRef>> isee(@PathVariable String householdId, @RequestBody RecordIseeRequest request,
                                            ServerWebExchange exchange) {
        return commands.run(exchange, request, HouseholdRef.class, sender -> {
            HouseholdId id = HouseholdId.of(householdId);
            sender.send(request.command(id));
            return CommandAnswer.ok(HouseholdRef.location(id), new HouseholdRef(id.value()));
        });
    }

    /** The answer to a command on a household: its id, also in the Location header. */
    public record HouseholdRef(String householdId) {
        static String location(HouseholdId id) {
            return "/api/households/" + id.value();
        }
    }
}

package it.cartella.app.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.command.Commands;
import it.cartella.app.command.CorrelationId;
import it.cartella.app.organisation.Agreement;
import it.cartella.app.organisation.OrganisationRegistry;
import it.cartella.app.security.Actor;
import it.cartella.app.security.CurrentActor;
import it.cartella.app.user.Role;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.PersonId;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The DPO's tools: erasure, the retention review, the register of processing. */
@RestController
@Tag(name = "Privacy", description = "Erasure, retention and the register of processing (DPO)")
class PrivacyController {

    private final CurrentActor currentActor;
    private final Erasure erasure;
    private final Retention retention;
    private final Commands commands;
    private final ProcessingRegister register;
    private final OrganisationRegistry organisations;
    private final RetentionRules rules;

    PrivacyController(CurrentActor currentActor, Erasure erasure, Retention retention, Commands commands,
                      ProcessingRegister register, OrganisationRegistry organisations, RetentionRules rules) {
        this.currentActor = currentActor;
        this.erasure = erasure;
        this.retention = retention;
        this.commands = commands;
        this.register = register;
        this.organisations = organisations;
        this.rules = rules;
    }

    @PostMapping(path = "/api/privacy/erasures", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Erase a person (DPO)",
            description = "Refused (409) while a case is open or a retention period runs. Destroys the person's key "
                    + "and blanks their data in every read model; pseudonymous facts stay for statistics.")
    Mono<Map<String, Object>> erase(@RequestBody ErasureRequest body, ServerWebExchange exchange) {
        return dpo().flatMap(actor -> Mono.fromCallable(() -> PersonId.of(body.personId()))
                .flatMap(personId -> erasure.erase(actor, personId, body.reason(),
                        commands.as(actor, CorrelationId.of(exchange)))))
                .thenReturn(Map.of("personId", body.personId(), "erased", true));
    }

    @GetMapping(path = "/api/privacy/retention/expired", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The persons whose retention period has ended today: what the daily review reports (DPO)")
    Mono<List<String>> expired() {
        return dpo().thenMany(retention.expired(LocalDate.now(Erasure.ITALY))).collectList();
    }

    @GetMapping(path = "/api/privacy/register", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The register of processing activities (GDPR art. 30)",
            description = "Purposes, categories of data and of data subjects, recipients, legal bases and retention, "
                    + "from configuration, with the agreements in force between the organisations.")
    Mono<Register> register() {
        return currentActor.get().filter(a -> a.has(Role.DPO) || a.has(Role.AUDITOR) || a.has(Role.ADMIN))
                .switchIfEmpty(Mono.error(PrivacyController::forbidden))
                .then(organisations.agreements().collectList())
                .map(agreements -> new Register(register.document(), rules, agreements));
    }

    private Mono<Actor> dpo() {
        return currentActor.get().filter(a -> a.has(Role.DPO)).switchIfEmpty(Mono.error(PrivacyController::forbidden));
    }

    private static DomainException forbidden() {
        return DomainException.forbidden("DPO_ONLY", "Riservato al responsabile della protezione dei dati.",
                "Reserved to the data protection officer.");
    }

    record ErasureRequest(String personId, String reason) {
    }

    /** The register: the configured activities, the retention rules in force, the agreements. */
    record Register(JsonNode processing, RetentionRules retention, List<Agreement> agreements) {
    }
}

package it.cartella.app.sharing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.access.AccessBasis;
import it.cartella.app.access.CaseGuard;
import it.cartella.app.audit.AccessLogEntry;
import it.cartella.app.command.CommandAnswer;
import it.cartella.app.command.Commands;
import it.cartella.app.security.Actor;
import it.cartella.app.security.CurrentActor;
import it.cartella.app.user.Role;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.ReferralId;
import it.cartella.kernel.id.ShareGrantId;
import it.cartella.kernel.privacy.PersonalDataCategory;
import it.cartella.kernel.referral.AcceptReferral;
import it.cartella.kernel.referral.CloseReferral;
import it.cartella.kernel.referral.RejectReferral;
import it.cartella.kernel.referral.RejectionReason;
import it.cartella.kernel.referral.RevokeReferral;
import it.cartella.kernel.referral.SendReferral;
import it.cartella.kernel.sharing.GrantShare;
import it.cartella.kernel.sharing.LegalBasis;
import it.cartella.kernel.sharing.RevocationReason;
import it.cartella.kernel.sharing.RevokeShare;
import it.cartella.kernel.sharing.SharingTerms;
import it.cartella.query.access.CaseAccessFacts;
import it.cartella.query.access.CaseAccessQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Share grants and referrals. Granting, referring and revoking need the right to change the case; answering a
 * referral is for the receiving organisation, as the referral itself decides. Every attempt is in the access log.
 */
@RestController
@Tag(name = "Sharing", description = "Share grants and referrals (invii) between organisations")
class SharingController {

    private final CurrentActor currentActor;
    private final CaseGuard guard;
    private final CaseAccessQueries facts;
    private final Commands commands;

    SharingController(CurrentActor currentActor, CaseGuard guard, CaseAccessQueries facts, Commands commands) {
        this.currentActor = currentActor;
        this.guard = guard;
        this.facts = facts;
        this.commands = commands;
    }

    @PostMapping(path = "/api/cases/{caseId}/shares", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Share part of a case with another organisation",
            description = "Names the recipient, purpose, categories, legal basis (with its reference, or the "
                    + "consent and its evidence) and the expiry. Access ends at the expiry or on revocation.")
    Mono<ResponseEntity<ShareRef>> grant(@PathVariable String caseId, @RequestBody GrantRequest body,
                                         ServerWebExchange exchange) {
        return currentActor.get().flatMap(actor -> guard.change(actor, CaseId.of(caseId).value(), "GrantShare")
                .flatMap(access -> commands.run(exchange, body, ShareRef.class, sender -> {
                    ShareGrantId id = ShareGrantId.newId();
                    sender.send(new GrantShare(id, CaseId.of(caseId), PersonId.of(access.facts().personId()),
                            OrganisationId.of(access.facts().owner()),
                            body.recipient() == null ? null : OrganisationId.of(body.recipient()), body.terms(actor),
                            body.expiresAt(), actor.userId()));
                    return CommandAnswer.created("/api/cases/" + caseId + "/shares", new ShareRef(id.value()));
                })));
    }

    @GetMapping(path = "/api/cases/{caseId}/shares", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The share grants and referrals of a case, in force or not (owner side and auditors)")
    Mono<Sharing> sharing(@PathVariable String caseId) {
        return currentActor.get().flatMap(actor -> guard.read(actor, CaseId.of(caseId).value(), "READ_SHARING"))
                .flatMap(access -> switch (access.basis()) {
                    case CASE_MANAGER, COORDINATOR, AUDIT, SEALED_TEAM ->
                            Mono.just(new Sharing(access.facts().grants(), access.facts().referrals()));
                    default -> Mono.error(ownerSideOnly());
                });
    }

    @PostMapping(path = "/api/shares/{shareGrantId}/revoke", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Revoke a share grant now (the granting organisation)")
    Mono<ResponseEntity<ShareRef>> revoke(@PathVariable String shareGrantId, @RequestBody RevokeRequest body,
                                          ServerWebExchange exchange) {
        ShareGrantId id = ShareGrantId.of(shareGrantId);
        return currentActor.get().flatMap(actor -> facts.caseOfGrant(id.value())
                .switchIfEmpty(Mono.error(() -> DomainException.notFound("SHARE_NOT_FOUND",
                        "Condivisione non trovata.", "Share grant not found.")))
                .flatMap(caseId -> guard.change(actor, caseId, "RevokeShare"))
                .flatMap(access -> commands.run(exchange, body, ShareRef.class, sender -> {
                    sender.send(new RevokeShare(id, actor.organisation(), actor.userId(), body.reason()));
                    return CommandAnswer.ok(null, new ShareRef(id.value()));
                })));
    }

    @PostMapping(path = "/api/cases/{caseId}/referrals", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Refer a case to another organisation (invio)",
            description = "The receiver sees the referred categories once it accepts, until the referral is "
                    + "closed or revoked.")
    Mono<ResponseEntity<ReferralRef>> refer(@PathVariable String caseId, @RequestBody ReferRequest body,
                                            ServerWebExchange exchange) {
        return currentActor.get().flatMap(actor -> guard.change(actor, CaseId.of(caseId).value(), "SendReferral")
                .flatMap(access -> commands.run(exchange, body, ReferralRef.class, sender -> {
                    ReferralId id = ReferralId.newId();
                    sender.send(new SendReferral(id, CaseId.of(caseId), PersonId.of(access.facts().personId()),
                            OrganisationId.of(access.facts().owner()),
                            body.to() == null ? null : OrganisationId.of(body.to()), body.terms(actor),
                            actor.userId()));
                    return CommandAnswer.created("/api/referrals/" + id.value(), new ReferralRef(id.value()));
                })));
    }

    @GetMapping(path = "/api/referrals/incoming", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Referrals sent to the user's organisation: ids, purpose and terms, no personal data")
    Flux<CaseAccessFacts.Referral> incoming() {
        return currentActor.get().flatMapMany(actor -> operational(actor)
                ? facts.referralsTo(actor.organisation().value()) : Flux.error(ownerSideOnly()));
    }

    @PostMapping(path = "/api/referrals/{referralId}/accept", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Accept a referral (the receiving organisation)")
    Mono<ResponseEntity<ReferralRef>> accept(@PathVariable String referralId, ServerWebExchange exchange) {
        return answer(exchange, Map.of(), referralId, "AcceptReferral", actor -> new AcceptReferral(ReferralId.of(referralId),
                actor.organisation(), actor.userId()));
    }

    @PostMapping(path = "/api/referrals/{referralId}/reject", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reject a referral, with a reason code (the receiving organisation)")
    Mono<ResponseEntity<ReferralRef>> reject(@PathVariable String referralId, @RequestBody RejectRequest body,
                                             ServerWebExchange exchange) {
        return answer(exchange, body, referralId, "RejectReferral", actor -> new RejectReferral(ReferralId.of(referralId),
                actor.organisation(), actor.userId(), body.reason()));
    }

    @PostMapping(path = "/api/referrals/{referralId}/close", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Close an accepted referral (either organisation)")
    Mono<ResponseEntity<ReferralRef>> close(@PathVariable String referralId, ServerWebExchange exchange) {
        return answer(exchange, Map.of(), referralId, "CloseReferral", actor -> new CloseReferral(ReferralId.of(referralId),
                actor.organisation(), actor.userId()));
    }

    @PostMapping(path = "/api/referrals/{referralId}/revoke", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Revoke a referral (the sending organisation)")
    Mono<ResponseEntity<ReferralRef>> revokeReferral(@PathVariable String referralId, ServerWebExchange exchange) {
        return currentActor.get().flatMap(actor -> caseOfReferral(referralId)
                .flatMap(caseId -> guard.change(actor, caseId, "RevokeReferral"))
                .flatMap(access -> commands.run(exchange, Map.of(), ReferralRef.class, sender -> {
                    sender.send(new RevokeReferral(ReferralId.of(referralId), actor.organisation(), actor.userId()));
                    return CommandAnswer.ok(null, new ReferralRef(referralId));
                })));
    }

    /** The referral decides whether the actor's organisation may make the move; the log records its answer. */
    private Mono<ResponseEntity<ReferralRef>> answer(ServerWebExchange exchange, Object body, String referralId,
                                                     String action, Function<Actor, Object> command) {
        return currentActor.get().flatMap(actor -> {
            if (!operational(actor)) {
                return Mono.error(ownerSideOnly());
            }
            return caseOfReferral(referralId).flatMap(caseId -> commands.run(exchange, body, ReferralRef.class,
                            sender -> {
                                sender.send(command.apply(actor));
                                return CommandAnswer.ok(null, new ReferralRef(referralId));
                            })
                    .flatMap(answer -> log(actor, caseId, action, AccessLogEntry.Outcome.ALLOWED).thenReturn(answer))
                    .onErrorResume(DomainException.class, refused -> refused.kind() == DomainException.Kind.FORBIDDEN
                            ? log(actor, caseId, action, AccessLogEntry.Outcome.DENIED).then(Mono.error(refused))
                            : Mono.error(refused)));
        });
    }

    private Mono<Void> log(Actor actor, String caseId, String action, AccessLogEntry.Outcome outcome) {
        return guard.record(actor, caseId, null, action, null, Set.of(),
                (outcome == AccessLogEntry.Outcome.ALLOWED ? AccessBasis.REFERRAL : AccessBasis.NONE).name(), outcome);
    }

    private Mono<String> caseOfReferral(String referralId) {
        return facts.caseOfReferral(ReferralId.of(referralId).value())
                .switchIfEmpty(Mono.error(() -> DomainException.notFound("REFERRAL_NOT_FOUND",
                        "Invio non trovato.", "Referral not found.")));
    }

    private static boolean operational(Actor actor) {
        return actor.has(Role.CASE_MANAGER) || actor.has(Role.COORDINATOR) || actor.has(Role.PARTNER_OPERATOR);
    }

    private static DomainException ownerSideOnly() {
        return DomainException.forbidden("SHARING_NOT_ALLOWED",
                "Il proprio ruolo non consente di gestire le condivisioni di questo caso.",
                "Your role does not allow managing this case's sharing.");
    }

    record GrantRequest(String recipient, String purpose, Set<PersonalDataCategory> categories,
                        LegalBasis legalBasis, String legalReference,
                        SharingTermsRequest.ConsentRequest consent, Instant expiresAt) {

        SharingTerms terms(Actor actor) {
            return new SharingTermsRequest(purpose, categories, legalBasis, legalReference, consent).terms(actor);
        }
    }

    record ReferRequest(String to, String purpose, Set<PersonalDataCategory> categories,
                        LegalBasis legalBasis, String legalReference,
                        SharingTermsRequest.ConsentRequest consent) {

        SharingTerms terms(Actor actor) {
            return new SharingTermsRequest(purpose, categories, legalBasis, legalReference, consent).terms(actor);
        }
    }

    record RevokeRequest(RevocationReason reason) {
    }

    record RejectRequest(RejectionReason reason) {
    }

    record ShareRef(String shareGrantId) {
    }

    record ReferralRef(String referralId) {
    }

    /** The sharing of a case. */
    record Sharing(List<CaseAccessFacts.Grant> grants, List<CaseAccessFacts.Referral> referrals) {
    }
}

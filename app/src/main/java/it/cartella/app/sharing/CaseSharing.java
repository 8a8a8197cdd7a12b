package it.cartella.app.sharing;

import it.cartella.app.access.AccessBasis;
import it.cartella.app.access.CaseAccess;
import it.cartella.app.access.CaseGuard;
import it.cartella.app.audit.AccessLogEntry;
import it.cartella.app.command.CommandAnswer;
import it.cartella.app.command.Commands;
import it.cartella.app.security.Actor;
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
import it.cartella.query.access.CaseAccessQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Share grants and referrals as the API and the pages send them: the access policy decides (and the access log
 * records) who may grant, refer and revoke; the referral itself decides who may answer it. Each request runs through
 * the command service, so an Idempotency-Key makes a repeated request harmless.
 */
@Component
public class CaseSharing {

    private final CaseGuard guard;
    private final CaseAccessQueries facts;
    private final Commands commands;

    CaseSharing(CaseGuard guard, CaseAccessQueries facts, Commands commands) {
        this.guard = guard;
        this.facts = facts;
        this.commands = commands;
    }

    /**
     * The access of the owner side (case manager, coordinator, sealed team) or of an auditor to a case's sharing,
     * logged as a read; refused to partners, who see what was shared with them, not with whom else.
     */
    public Mono<CaseAccess> ownerSide(Actor actor, String caseId) {
        return guard.read(actor, CaseId.of(caseId).value(), "READ_SHARING")
                .flatMap(access -> switch (access.basis()) {
                    case CASE_MANAGER, COORDINATOR, AUDIT, SEALED_TEAM -> Mono.just(access);
                    default -> Mono.error(ownerSideOnly());
                });
    }

    public Mono<ResponseEntity<ShareRef>> grant(ServerWebExchange exchange, Actor actor, String caseId,
                                                GrantRequest body) {
        return guard.change(actor, CaseId.of(caseId).value(), "GrantShare")
                .flatMap(access -> commands.run(exchange, body, ShareRef.class, sender -> {
                    ShareGrantId id = ShareGrantId.newId();
                    sender.send(new GrantShare(id, CaseId.of(caseId), PersonId.of(access.facts().personId()),
                            OrganisationId.of(access.facts().owner()),
                            body.recipient() == null ? null : OrganisationId.of(body.recipient()), body.terms(actor),
                            body.expiresAt(), actor.userId()));
                    return CommandAnswer.created("/api/cases/" + caseId + "/shares", new ShareRef(id.value()));
                }));
    }

    public Mono<ResponseEntity<ShareRef>> revoke(ServerWebExchange exchange, Actor actor, String shareGrantId,
                                                 RevokeRequest body) {
        ShareGrantId id = ShareGrantId.of(shareGrantId);
        return facts.caseOfGrant(id.value())
                .switchIfEmpty(Mono.error(() -> DomainException.notFound("SHARE_NOT_FOUND",
                        "Condivisione non trovata.", "Share grant not found.")))
                .flatMap(caseId -> guard.change(actor, caseId, "RevokeShare"))
                .flatMap(access -> commands.run(exchange, body, ShareRef.class, sender -> {
                    sender.send(new RevokeShare(id, actor.organisation(), actor.userId(), body.reason()));
                    return CommandAnswer.ok(null, new ShareRef(id.value()));
                }));
    }

    public Mono<ResponseEntity<ReferralRef>> refer(ServerWebExchange exchange, Actor actor, String caseId,
                                                   ReferRequest body) {
        return guard.change(actor, CaseId.of(caseId).value(), "SendReferral")
                .flatMap(access -> commands.run(exchange, body, ReferralRef.class, sender -> {
                    ReferralId id = ReferralId.newId();
                    sender.send(new SendReferral(id, CaseId.of(caseId), PersonId.of(access.facts().personId()),
                            OrganisationId.of(access.facts().owner()),
                            body.to() == null ? null : OrganisationId.of(body.to()), body.terms(actor),
                            actor.userId()));
                    return CommandAnswer.created("/api/referrals/" + id.value(), new ReferralRef(id.value()));
                }));
    }

    public Mono<ResponseEntity<ReferralRef>> accept(ServerWebExchange exchange, Actor actor, String referralId) {
        return answer(exchange, actor, Map.of(), referralId, "AcceptReferral",
                () -> new AcceptReferral(ReferralId.of(referralId), actor.organisation(), actor.userId()));
    }

    public Mono<ResponseEntity<ReferralRef>> reject(ServerWebExchange exchange, Actor actor, String referralId,
                                                    RejectRequest body) {
        return answer(exchange, actor, body, referralId, "RejectReferral",
                () -> new RejectReferral(ReferralId.of(referralId), actor.organisation(), actor.userId(), body.reason()));
    }

    public Mono<ResponseEntity<ReferralRef>> close(ServerWebExchange exchange, Actor actor, String referralId) {
        return answer(exchange, actor, Map.of(), referralId, "CloseReferral",
                () -> new CloseReferral(ReferralId.of(referralId), actor.organisation(), actor.userId()));
    }

    public Mono<ResponseEntity<ReferralRef>> revokeReferral(ServerWebExchange exchange, Actor actor,
                                                            String referralId) {
        return caseOfReferral(referralId)
                .flatMap(caseId -> guard.change(actor, caseId, "RevokeReferral"))
                .flatMap(access -> commands.run(exchange, Map.of(), ReferralRef.class, sender -> {
                    sender.send(new RevokeReferral(ReferralId.of(referralId), actor.organisation(), actor.userId()));
                    return CommandAnswer.ok(null, new ReferralRef(referralId));
                }));
    }

    /** The referral decides whether the actor's organisation may make the move; the log records its answer. */
    private Mono<ResponseEntity<ReferralRef>> answer(ServerWebExchange exchange, Actor actor, Object body,
                                                     String referralId, String action,
                                                     Supplier<Object> command) {
        if (!operational(actor)) {
            return Mono.error(ownerSideOnly());
        }
        return caseOfReferral(referralId).flatMap(caseId -> commands.run(exchange, body, ReferralRef.class,
                        sender -> {
                            sender.send(command.get());
                            return CommandAnswer.ok(null, new ReferralRef(referralId));
                        })
                .flatMap(answer -> log(actor, caseId, action, AccessLogEntry.Outcome.ALLOWED).thenReturn(answer))
                .onErrorResume(DomainException.class, refused -> refused.kind() == DomainException.Kind.FORBIDDEN
                        ? log(actor, caseId, action, AccessLogEntry.Outcome.DENIED).then(Mono.error(refused))
                        : Mono.error(refused)));
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

    static boolean operational(Actor actor) {
        return actor.has(Role.CASE_MANAGER) || actor.has(Role.COORDINATOR) || actor.has(Role.PARTNER_OPERATOR);
    }

    static DomainException ownerSideOnly() {
        return DomainException.forbidden("SHARING_NOT_ALLOWED",
                "Il proprio ruolo non consente di gestire le condivisioni di questo caso.",
                "Your role does not allow managing this case's sharing.");
    }

    public record GrantRequest(String recipient, String purpose, Set<PersonalDataCategory> categories,
                               LegalBasis legalBasis, String legalReference,
                               SharingTermsRequest.ConsentRequest consent, Instant expiresAt) {

        SharingTerms terms(Actor actor) {
            return new SharingTermsRequest(purpose, categories, legalBasis, legalReference, consent).terms(actor);
        }
    }

    public record ReferRequest(String to, String purpose, Set<PersonalDataCategory> categories,
                               LegalBasis legalBasis, String legalReference,
                               SharingTermsRequest.ConsentRequest consent) {

        SharingTerms terms(Actor actor) {
            return new SharingTermsRequest(purpose, categories, legalBasis, legalReference, consent).terms(actor);
        }
    }

    public record RevokeRequest(RevocationReason reason) {
    }

    public record RejectRequest(RejectionReason reason) {
    }

    public record ShareRef(String shareGrantId) {
    }

    public record ReferralRef(String referralId) {
    }
}

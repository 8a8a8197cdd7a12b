package it.cartella.app.sharing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.cartella.app.security.CurrentActor;
import it.cartella.app.sharing.CaseSharing.GrantRequest;
import it.cartella.app.sharing.CaseSharing.ReferRequest;
import it.cartella.app.sharing.CaseSharing.ReferralRef;
import it.cartella.app.sharing.CaseSharing.RejectRequest;
import it.cartella.app.sharing.CaseSharing.RevokeRequest;
import it.cartella.app.sharing.CaseSharing.ShareRef;
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

import java.util.List;

/**
 * Share grants and referrals. Granting, referring and revoking need the right to change the case; answering a
 * referral is for the receiving organisation, as the referral itself decides. Every attempt is in the access log.
 */
@RestController
@Tag(name = "Sharing", description = "Share grants and referrals (invii) between organisations")
class SharingController {

    private final CurrentActor currentActor;
    private final CaseAccessQueries facts;
    private final CaseSharing sharing;

    SharingController(CurrentActor currentActor, CaseAccessQueries facts, CaseSharing sharing) {
        this.currentActor = currentActor;
        this.facts = facts;
        this.sharing = sharing;
    }

    @PostMapping(path = "/api/cases/{caseId}/shares", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Share part of a case with another organisation",
            description = "Names the recipient, purpose, categories, legal basis (with its reference, or the "
                    + "consent and its evidence) and the expiry. Access ends at the expiry or on revocation.")
    Mono<ResponseEntity<ShareRef>> grant(@PathVariable String caseId, @RequestBody GrantRequest body,
                                         ServerWebExchange exchange) {
        return currentActor.get().flatMap(actor -> sharing.grant(exchange, actor, caseId, body));
    }

    @GetMapping(path = "/api/cases/{caseId}/shares", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The share grants and referrals of a case, in force or not (owner side and auditors)")
    Mono<Sharing> sharing(@PathVariable String caseId) {
        return currentActor.get().flatMap(actor -> sharing.ownerSide(actor, caseId))
                .map(access -> new Sharing(access.facts().grants(), access.facts().referrals()));
    }

    @PostMapping(path = "/api/shares/{shareGrantId}/revoke", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Revoke a share grant now (the granting organisation)")
    Mono<ResponseEntity<ShareRef>> revoke(@PathVariable String shareGrantId, @RequestBody RevokeRequest body,
                                          ServerWebExchange exchange) {
        return currentActor.get().flatMap(actor -> sharing.revoke(exchange, actor, shareGrantId, body));
    }

    @PostMapping(path = "/api/cases/{caseId}/referrals", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Refer a case to another organisation (invio)",
            description = "The receiver sees the referred categories once it accepts, until the referral is "
                    + "closed or revoked.")
    Mono<ResponseEntity<ReferralRef>> refer(@PathVariable String caseId, @RequestBody ReferRequest body,
                                            ServerWebExchange exchange) {
        return currentActor.get().flatMap(actor -> sharing.refer(exchange, actor, caseId, body));
    }

    @GetMapping(path = "/api/referrals/incoming", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Referrals sent to the user's organisation: ids, purpose and terms, no personal data")
    Flux<CaseAccessFacts.Referral> incoming() {
        return currentActor.get().flatMapMany(actor -> CaseSharing.operational(actor)
                ? facts.referralsTo(actor.organisation().value()) : Flux.error(CaseSharing.ownerSideOnly()));
    }

    @PostMapping(path = "/api/referrals/{referralId}/accept", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Accept a referral (the receiving organisation)")
    Mono<ResponseEntity<ReferralRef>> accept(@PathVariable String referralId, ServerWebExchange exchange) {
        return currentActor.get().flatMap(actor -> sharing.accept(exchange, actor, referralId));
    }

    @PostMapping(path = "/api/referrals/{referralId}/reject", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reject a referral, with a reason code (the receiving organisation)")
    Mono<ResponseEntity<ReferralRef>> reject(@PathVariable String referralId, @RequestBody RejectRequest body,
                                             ServerWebExchange exchange) {
        return currentActor.get().flatMap(actor -> sharing.reject(exchange, actor, referralId, body));
    }

    @PostMapping(path = "/api/referrals/{referralId}/close", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Close an accepted referral (either organisation)")
    Mono<ResponseEntity<ReferralRef>> close(@PathVariable String referralId, ServerWebExchange exchange) {
        return currentActor.get().flatMap(actor -> sharing.close(exchange, actor, referralId));
    }

    @PostMapping(path = "/api/referrals/{referralId}/revoke", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Revoke a referral (the sending organisation)")
    Mono<ResponseEntity<ReferralRef>> revokeReferral(@PathVariable String referralId, ServerWebExchange exchange) {
        return currentActor.get().flatMap(actor -> sharing.revokeReferral(exchange, actor, referralId));
    }

    /** The sharing of a case. */
    record Sharing(List<CaseAccessFacts.Grant> grants, List<CaseAccessFacts.Referral> referrals) {
    }
}

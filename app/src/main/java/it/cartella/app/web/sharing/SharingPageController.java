package it.cartella.app.web.sharing;

import it.cartella.app.organisation.Organisation;
import it.cartella.app.organisation.OrganisationRegistry;
import it.cartella.app.security.Actor;
import it.cartella.app.security.CurrentActor;
import it.cartella.app.sharing.CaseSharing;
import it.cartella.app.sharing.CaseSharing.RejectRequest;
import it.cartella.app.sharing.CaseSharing.RevokeRequest;
import it.cartella.app.web.FormErrors;
import it.cartella.app.web.WebForms;
import it.cartella.kernel.privacy.PersonalDataCategory;
import it.cartella.kernel.referral.RejectionReason;
import it.cartella.kernel.sharing.LegalBasis;
import it.cartella.kernel.sharing.RevocationReason;
import it.cartella.query.access.CaseAccessFacts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A case's share grants and referrals, reached from the case page by its owner side (read-only for auditors): the
 * grant-with-consent and referral forms, revocation, and the receiving side's answers to a referral. Every change
 * goes through {@link CaseSharing}, the API's own path, with the form's per-render idempotency key.
 */
@Controller
class SharingPageController {

    static final ZoneId ITALY = ZoneId.of("Europe/Rome");
    /** The categories a grant may name: sealed data never leave the sealed team. */
    static final List<PersonalDataCategory> SHAREABLE = Arrays.stream(PersonalDataCategory.values())
            .filter(c -> c != PersonalDataCategory.SEALED_VIOLENCE).toList();

    private final CaseSharing sharing;
    private final CurrentActor currentActor;
    private final OrganisationRegistry organisations;

    SharingPageController(CaseSharing sharing, CurrentActor currentActor, OrganisationRegistry organisations) {
        this.sharing = sharing;
        this.currentActor = currentActor;
        this.organisations = organisations;
    }

    /** What the small one-button forms post: their per-render key and, for some, a reason code. */
    public record MoveForm(String idempotencyKey, String reason) {
    }

    /** A grant as the page lists it, with names and Italian times. */
    public record GrantRow(CaseAccessFacts.Grant grant, String recipientName, ZonedDateTime expires, boolean active) {
    }

    /** A referral as the page lists it. */
    public record ReferralRow(CaseAccessFacts.Referral referral, String toName) {
    }

    @GetMapping("/cases/{caseId}/sharing")
    Mono<String> page(@PathVariable String caseId, @RequestParam(required = false) String done, Model model) {
        model.addAttribute("done", done);
        return currentActor.get().flatMap(actor -> show(actor, caseId, model,
                ShareForm.blank(), FormErrors.NONE, ReferForm.blank(), FormErrors.NONE));
    }

    @PostMapping("/cases/{caseId}/sharing/grants")
    Mono<String> grant(@PathVariable String caseId, @ModelAttribute ShareForm form, ServerWebExchange exchange,
                       Model model) {
        ServerWebExchange keyed = WebForms.withIdempotencyKey(exchange, form.idempotencyKey());
        return currentActor.get().flatMap(actor -> Mono.fromCallable(form::toRequest)
                .flatMap(request -> sharing.grant(keyed, actor, caseId, request))
                .map(answer -> "redirect:/cases/" + caseId + "/sharing?done=granted")
                .onErrorResume(failure -> Refusals.form(failure, exchange, errors -> show(actor, caseId,
                        model, form, ShareForm.fieldsOf(errors), ReferForm.blank(), FormErrors.NONE))));
    }

    @PostMapping("/cases/{caseId}/sharing/referrals")
    Mono<String> refer(@PathVariable String caseId, @ModelAttribute ReferForm form, ServerWebExchange exchange,
                       Model model) {
        ServerWebExchange keyed = WebForms.withIdempotencyKey(exchange, form.idempotencyKey());
        return currentActor.get().flatMap(actor -> Mono.fromCallable(form::toRequest)
                .flatMap(request -> sharing.refer(keyed, actor, caseId, request))
                .map(answer -> "redirect:/cases/" + caseId + "/sharing?done=referred")
                .onErrorResume(failure -> Refusals.form(failure, exchange, errors -> show(actor, caseId,
                        model, ShareForm.blank(), FormErrors.NONE, form, ShareForm.fieldsOf(errors)))));
    }

    @PostMapping("/cases/{caseId}/sharing/grants/{grantId}/revoke")
    Mono<String> revoke(@PathVariable String caseId, @PathVariable String grantId,
                        @ModelAttribute MoveForm form, ServerWebExchange exchange, Model model) {
        return currentActor.get().flatMap(actor -> sharing.revoke(WebForms.withIdempotencyKey(exchange,
                        form.idempotencyKey()), actor, grantId,
                        new RevokeRequest(parse(RevocationReason.class, form.reason()))))
                .thenReturn("redirect:/cases/" + caseId + "/sharing?done=revoked")
                .onErrorResume(failure -> Refusals.page(failure, exchange, model, "/cases/" + caseId + "/sharing"));
    }

    @PostMapping("/cases/{caseId}/sharing/referrals/{referralId}/{move:revoke|close}")
    Mono<String> endReferral(@PathVariable String caseId, @PathVariable String referralId, @PathVariable String move,
                             @ModelAttribute MoveForm form, ServerWebExchange exchange, Model model) {
        ServerWebExchange keyed = WebForms.withIdempotencyKey(exchange, form.idempotencyKey());
        return currentActor.get().flatMap(actor -> move.equals("close")
                        ? sharing.close(keyed, actor, referralId) : sharing.revokeReferral(keyed, actor, referralId))
                .thenReturn("redirect:/cases/" + caseId + "/sharing?done=" + move)
                .onErrorResume(failure -> Refusals.page(failure, exchange, model, "/cases/" + caseId + "/sharing"));
    }

    /** The receiving organisation's answers, from its worklist. */
    @PostMapping("/referrals/{referralId}/{move:accept|reject|close}")
    Mono<String> answer(@PathVariable String referralId, @PathVariable String move,
                        @ModelAttribute MoveForm form, ServerWebExchange exchange, Model model) {
        ServerWebExchange keyed = WebForms.withIdempotencyKey(exchange, form.idempotencyKey());
        return currentActor.get().flatMap(actor -> switch (move) {
                    case "accept" -> sharing.accept(keyed, actor, referralId);
                    case "reject" -> sharing.reject(keyed, actor, referralId,
                            new RejectRequest(parse(RejectionReason.class, form.reason())));
                    default -> sharing.close(keyed, actor, referralId);
                })
                .thenReturn("redirect:/worklist")
                .onErrorResume(failure -> Refusals.page(failure, exchange, model, "/worklist"));
    }

    private Mono<String> show(Actor actor, String caseId, Model model, ShareForm shareForm, FormErrors shareErrors,
                              ReferForm referForm, FormErrors referErrors) {
        return sharing.ownerSide(actor, caseId).flatMap(access -> organisations.all().collectList().map(all -> {
            Map<String, String> names = all.stream()
                    .collect(Collectors.toMap(o -> o.id().value(), Organisation::name, (a, b) -> a));
            Function<String, String> name = id -> names.getOrDefault(id, id);
            Instant now = Instant.now();
            model.addAttribute("caseId", caseId);
            model.addAttribute("canChange", access.canChange());
            model.addAttribute("grants", access.facts().grants().stream()
                    .map(g -> new GrantRow(g, name.apply(g.recipient()), g.expiresAt().atZone(ITALY),
                            g.activeAt(now)))
                    .toList());
            model.addAttribute("referrals", access.facts().referrals().stream()
                    .map(r -> new ReferralRow(r, name.apply(r.to()))).toList());
            model.addAttribute("recipients", all.stream()
                    .filter(o -> !o.id().value().equals(access.facts().owner())).toList());
            model.addAttribute("categories", SHAREABLE);
            model.addAttribute("legalBases", LegalBasis.values());
            model.addAttribute("revocationReasons", RevocationReason.values());
            model.addAttribute("shareForm", shareForm);
            model.addAttribute("errors", shareErrors);
            model.addAttribute("referForm", referForm);
            model.addAttribute("referErrors", referErrors);
            model.addAttribute("newKey", UUID.randomUUID().toString());
            return "case-sharing-page";
        }));
    }

    /** Null for a blank choice, which the command then reports as missing. */
    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }
}

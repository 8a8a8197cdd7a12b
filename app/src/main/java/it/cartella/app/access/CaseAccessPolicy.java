package it.cartella.app.access;

import it.cartella.app.organisation.Organisation;
import it.cartella.app.organisation.OrganisationRegistry;
import it.cartella.app.security.Actor;
import it.cartella.app.user.Role;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.privacy.PersonalDataCategory;
import it.cartella.query.access.CaseAccessFacts;
import it.cartella.query.access.CaseAccessQueries;
import it.cartella.query.cases.CaseScope;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;
import reactor.util.function.Tuples;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides, on every request, who sees and changes which case, from the user's organisation and roles, the case's
 * owner and case manager, its seal, and the share grants, referrals and break-glass uses in force at that instant.
 * <ul>
 *   <li>A case manager sees and changes the cases of their organisation assigned to them; a coordinator every case
 *       of their organisation, and the coordinator of an Ufficio di Piano every case of its Ambito.</li>
 *   <li>Another organisation's user sees a case only through a share grant in force or an accepted referral, and
 *       only the categories granted; they change nothing in it.</li>
 *   <li>A sealed case is seen only by its sealed team, whatever the role; anyone else who would otherwise see it
 *       may break the glass, for a limited time, with the DPO told.</li>
 *   <li>An auditor reads the cases of their Ambito and changes nothing; an analyst, the DPO and an administrator
 *       see no case (aggregates, the register and the access log are theirs).</li>
 * </ul>
 * Sealed data (category SEALED_VIOLENCE: a protected shelter, a violence victim's exemptions) are shown only to the
 * sealed team, never through break-glass.
 */
@Component
public class CaseAccessPolicy {

    private static final Set<PersonalDataCategory> ALL_BUT_SEALED =
            EnumSet.complementOf(EnumSet.of(PersonalDataCategory.SEALED_VIOLENCE));
    private static final Set<PersonalDataCategory> ALL = EnumSet.allOf(PersonalDataCategory.class);

    private final CaseAccessQueries facts;
    private final OrganisationRegistry organisations;
    private final Clock clock;

    public CaseAccessPolicy(CaseAccessQueries facts, OrganisationRegistry organisations) {
        this.facts = facts;
        this.organisations = organisations;
        this.clock = Clock.systemUTC();
    }

    public Instant now() {
        return clock.instant();
    }

    /** The access of the actor to the case now; empty when the case is not known. */
    public Mono<CaseAccess> access(Actor actor, String caseId) {
        Instant now = now();
        return facts.facts(caseId).flatMap(f -> ownOrganisations(actor).map(own -> decide(actor, f, own, now)));
    }

    /** The access of the actor to each case now, by case id (a page of a list at once); cases not known are left out. */
    public Mono<Map<String, CaseAccess>> access(Actor actor, List<String> caseIds) {
        Instant now = now();
        return Mono.zip(facts.facts(caseIds), ownOrganisations(actor)).map(t -> {
            Map<String, CaseAccess> accesses = new LinkedHashMap<>();
            t.getT1().forEach((caseId, f) -> accesses.put(caseId, decide(actor, f, t.getT2(), now)));
            return accesses;
        });
    }

    /**
     * The rows of a page the actor may read, in their order, each with its access: decided from one read of the
     * facts of all of them ({@link #access(Actor, List)}), not one per row.
     */
    public <T> Mono<List<Tuple2<T, CaseAccess>>> readable(Actor actor, List<T> rows, Function<T, String> caseIdOf) {
        return access(actor, rows.stream().map(caseIdOf).toList()).map(accesses -> {
            List<Tuple2<T, CaseAccess>> readable = new ArrayList<>();
            for (T row : rows) {
                CaseAccess access = accesses.get(caseIdOf.apply(row));
                if (access != null && access.canRead()) {
                    readable.add(Tuples.of(row, access));
                }
            }
            return readable;
        });
    }

    /** The access, or a 403 problem when the actor may not read the case; a 404 when it is not known. */
    public Mono<CaseAccess> requireRead(Actor actor, String caseId) {
        return access(actor, caseId).switchIfEmpty(Mono.error(CaseAccessPolicy::notFound))
                .filter(CaseAccess::canRead).switchIfEmpty(Mono.error(CaseAccessPolicy::denied));
    }

    /** The access, or a 403 problem when the actor may not change the case; a 404 (as for any command) when unknown. */
    public Mono<CaseAccess> requireChange(Actor actor, String caseId) {
        return access(actor, caseId).switchIfEmpty(Mono.error(CaseAccessPolicy::recordNotFound))
                .filter(CaseAccess::canChange).switchIfEmpty(Mono.error(CaseAccessPolicy::denied));
    }

    /** Whether the actor may open a case owned by that organisation. */
    public Mono<Void> requireOpen(Actor actor, OrganisationId owner) {
        if (!actor.has(Role.CASE_MANAGER) && !actor.has(Role.COORDINATOR)) {
            return Mono.error(denied());
        }
        return ownOrganisations(actor).flatMap(own -> {
            boolean mine = actor.organisation().equals(owner)
                    || (actor.has(Role.COORDINATOR) && own.contains(owner.value()));
            return mine ? Mono.<Void>empty() : Mono.error(denied());
        });
    }

    /** The cases the actor's list may show now. */
    public Mono<CaseScope> listScope(Actor actor) {
        Instant now = now();
        if (!reads(actor)) {
            return Mono.just(CaseScope.none());
        }
        Mono<Set<String>> shared = operational(actor)
                ? facts.sharedWith(actor.organisation().value(), now) : Mono.just(Set.of());
        return Mono.zip(ownOrganisations(actor), shared, facts.sealedAgainst(actor.userId().value(), now))
                .map(t -> {
                    Set<String> owned = actor.has(Role.COORDINATOR) || actor.has(Role.AUDITOR) ? t.getT1()
                            : actor.has(Role.CASE_MANAGER) ? Set.of(actor.organisation().value()) : Set.of();
                    String caseManager = actor.has(Role.COORDINATOR) || actor.has(Role.AUDITOR) ? null
                            : actor.userId().value();
                    return new CaseScope(owned, caseManager, t.getT2(), t.getT3());
                });
    }

    private CaseAccess decide(Actor actor, CaseAccessFacts f, Set<String> own, Instant now) {
        CaseAccess unsealed = decideIgnoringSeal(actor, f, own, now);
        if (!f.sealed()) {
            return unsealed;
        }
        if (f.sealMembers().contains(actor.userId().value())) {
            return new CaseAccess(f, AccessBasis.SEALED_TEAM, ALL, CaseAccess.CASE_MANAGEMENT,
                    operational(actor) && !actor.has(Role.PARTNER_OPERATOR));
        }
        boolean brokeGlass = f.breakGlass().stream()
                .anyMatch(b -> b.user().equals(actor.userId().value()) && b.activeAt(now));
        if (brokeGlass && unsealed.canRead()) {
            // Emergency access opens the case, not its sealed data: a shelter's address stays with the team.
            return new CaseAccess(f, AccessBasis.BREAK_GLASS, ALL_BUT_SEALED, "accesso di emergenza", false);
        }
        return CaseAccess.denied(f);
    }

    /** The access the actor would have if the case were not sealed: also who may break the glass. */
    CaseAccess decideIgnoringSeal(Actor actor, CaseAccessFacts f, Set<String> own, Instant now) {
        String me = actor.userId().value();
        boolean ownedHere = actor.organisation().value().equals(f.owner());
        if (actor.has(Role.CASE_MANAGER) && ownedHere && me.equals(f.caseManager())) {
            return new CaseAccess(f, AccessBasis.CASE_MANAGER, ALL_BUT_SEALED, CaseAccess.CASE_MANAGEMENT, true);
        }
        if (actor.has(Role.COORDINATOR) && own.contains(f.owner())) {
            return new CaseAccess(f, AccessBasis.COORDINATOR, ALL_BUT_SEALED, CaseAccess.CASE_MANAGEMENT, true);
        }
        if (actor.has(Role.AUDITOR) && own.contains(f.owner())) {
            return new CaseAccess(f, AccessBasis.AUDIT, ALL_BUT_SEALED, "audit", false);
        }
        if (!operational(actor)) {
            return CaseAccess.denied(f);
        }
        String organisation = actor.organisation().value();
        Set<PersonalDataCategory> granted = EnumSet.noneOf(PersonalDataCategory.class);
        AccessBasis basis = AccessBasis.NONE;
        String purpose = null;
        for (CaseAccessFacts.Grant grant : f.grants()) {
            if (grant.recipient().equals(organisation) && grant.activeAt(now)) {
                granted.addAll(grant.categories());
                basis = AccessBasis.SHARE_GRANT;
                purpose = grant.purpose();
            }
        }
        for (CaseAccessFacts.Referral referral : f.referrals()) {
            if (referral.to().equals(organisation) && referral.status().grantsAccess()) {
                granted.addAll(referral.categories());
                basis = basis == AccessBasis.NONE ? AccessBasis.REFERRAL : basis;
                purpose = purpose == null ? referral.purpose() : purpose;
            }
        }
        return basis == AccessBasis.NONE ? CaseAccess.denied(f) : new CaseAccess(f, basis, granted, purpose, false);
    }

    /** The organisations whose cases the actor's role reaches: their own, or the whole Ambito from its office. */
    private Mono<Set<String>> ownOrganisations(Actor actor) {
        boolean wholeAmbito = actor.ambitoOffice() && actor.ambito() != null
                && (actor.has(Role.COORDINATOR) || actor.has(Role.AUDITOR));
        if (!wholeAmbito) {
            return Mono.just(Set.of(actor.organisation().value()));
        }
        return organisations.ofAmbito(actor.ambito()).map(Organisation::id).map(OrganisationId::value)
                .collect(Collectors.toSet());
    }

    private static boolean operational(Actor actor) {
        return actor.has(Role.CASE_MANAGER) || actor.has(Role.COORDINATOR) || actor.has(Role.PARTNER_OPERATOR);
    }

    private static boolean reads(Actor actor) {
        return operational(actor) || actor.has(Role.AUDITOR);
    }

    /** Whether the actor could see the case but for its seal: who may break the glass. */
    public Mono<Boolean> mayBreakGlass(Actor actor, String caseId) {
        Instant now = now();
        return facts.facts(caseId).switchIfEmpty(Mono.error(CaseAccessPolicy::notFound))
                .flatMap(f -> ownOrganisations(actor).map(own -> f.sealed() && operational(actor)
                        && decideIgnoringSeal(actor, f, own, now).canRead()));
    }

    public static DomainException denied() {
        return DomainException.forbidden("CASE_ACCESS_DENIED",
                "Non si ha titolo per accedere a questo caso.", "You have no basis to access this case.");
    }

    /** What a command on an unknown record answers, whichever kind of record. */
    static DomainException recordNotFound() {
        return DomainException.notFound("RECORD_NOT_FOUND", "Nessun dato registrato con questo identificativo.",
                "Nothing is recorded under this id.");
    }

    static DomainException notFound() {
        return DomainException.notFound("CASE_NOT_FOUND", "Presa in carico non trovata.", "Case not found.");
    }
}

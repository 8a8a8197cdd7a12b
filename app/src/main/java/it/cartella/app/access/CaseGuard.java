package it.cartella.app.access;

import it.cartella.app.audit.AccessLog;
import it.cartella.app.audit.AccessLogEntry;
import it.cartella.app.security.Actor;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.privacy.PersonalDataCategory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.function.Tuple2;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Every access to a case goes through here: the policy decides, the access log records the decision, allowed or
 * denied, before any data leave. The log is written before the answer, so an access the log could not record is
 * not served.
 */
@Component
public class CaseGuard {

    private final CaseAccessPolicy policy;
    private final AccessLog log;

    public CaseGuard(CaseAccessPolicy policy, AccessLog log) {
        this.policy = policy;
        this.log = log;
    }

    public CaseAccessPolicy policy() {
        return policy;
    }

    /** The actor's access to read the case, logged as {@code action}; 403 (logged too) when denied. */
    public Mono<CaseAccess> read(Actor actor, String caseId, String action) {
        return guard(actor, caseId, action, policy.requireRead(actor, caseId), true);
    }

    /** The actor's access to change the case, logged as {@code action}; 403 (logged too) when denied. */
    public Mono<CaseAccess> change(Actor actor, String caseId, String action) {
        return guard(actor, caseId, action, policy.requireChange(actor, caseId), false);
    }

    /** Records a case row shown in a list, with the categories shown. */
    public Mono<Void> shown(Actor actor, CaseAccess access, String action) {
        return record(actor, access.facts().caseId(), access.facts().personId(), action, access.purpose(),
                access.categories(), access.basis().name(), AccessLogEntry.Outcome.ALLOWED);
    }

    /**
     * The rows of one list page as shown: each row's case goes to the access log, with the categories shown, in one
     * append; only then is each row turned into what leaves ({@code show}).
     */
    public <T, R> Mono<List<R>> showAll(Actor actor, List<Tuple2<T, CaseAccess>> rows, String action,
                                        BiFunction<T, CaseAccess, R> show) {
        List<CaseAccess> accesses = rows.stream().map(Tuple2::getT2).toList();
        return logAll(actor, accesses, action)
                .then(Mono.fromCallable(() -> rows.stream().map(row -> show.apply(row.getT1(), row.getT2())).toList()));
    }

    private Mono<Void> logAll(Actor actor, List<CaseAccess> accesses, String action) {
        if (accesses.isEmpty()) {
            return Mono.empty();
        }
        List<String> roles = roles(actor);
        return Mono.fromRunnable(() -> {
                    Instant now = policy.now();
                    log.appendAll(accesses.stream().map(access -> new AccessLogEntry(0, now, actor.userId().value(),
                            actor.organisation().value(), roles, action, access.facts().caseId(),
                            access.facts().personId(), access.purpose(), names(access.categories()),
                            access.basis().name(), AccessLogEntry.Outcome.ALLOWED, null, null)).toList());
                })
                .subscribeOn(Schedulers.boundedElastic()).then();
    }

    /** Records an action on a case decided elsewhere (by an aggregate, for referrals), allowed or denied. */
    public Mono<Void> record(Actor actor, String caseId, String personId, String action, String purpose,
                             Collection<PersonalDataCategory> categories, String basis,
                             AccessLogEntry.Outcome outcome) {
        List<String> shown = names(categories);
        List<String> roles = roles(actor);
        return Mono.fromRunnable(() -> log.append(policy.now(), actor.userId().value(), actor.organisation().value(),
                        roles, action, caseId, personId, purpose, shown, basis, outcome))
                .subscribeOn(Schedulers.boundedElastic()).then();
    }

    private Mono<CaseAccess> guard(Actor actor, String caseId, String action, Mono<CaseAccess> decision,
                                   boolean read) {
        return decision
                .flatMap(access -> record(actor, caseId, access.facts().personId(), action, access.purpose(),
                        read ? access.categories() : Set.of(), access.basis().name(), AccessLogEntry.Outcome.ALLOWED)
                        .thenReturn(access))
                .onErrorResume(DomainException.class, refused -> refused.kind() == DomainException.Kind.FORBIDDEN
                        ? record(actor, caseId, null, action, null, Set.of(), AccessBasis.NONE.name(),
                        AccessLogEntry.Outcome.DENIED).then(Mono.error(refused))
                        : Mono.error(refused));
    }

    private static List<String> names(Collection<PersonalDataCategory> categories) {
        return categories.stream().map(Enum::name).sorted().toList();
    }

    private static List<String> roles(Actor actor) {
        return actor.roles().stream().map(Enum::name).sorted().toList();
    }
}

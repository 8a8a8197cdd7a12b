package it.cartella.query.access;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import it.cartella.kernel.privacy.PersonalDataCategory;
import it.cartella.kernel.referral.ReferralStatus;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static it.cartella.query.access.AccessCollections.*;

/** Reads the access facts with the reactive driver. */
public class CaseAccessQueries {

    private final MongoCollection<Document> cases;
    private final MongoCollection<Document> grants;
    private final MongoCollection<Document> referrals;
    private final MongoCollection<Document> breakGlass;

    public CaseAccessQueries(MongoDatabase database) {
        Objects.requireNonNull(database, "database");
        cases = database.getCollection(CASES);
        grants = database.getCollection(GRANTS);
        referrals = database.getCollection(REFERRALS);
        breakGlass = database.getCollection(BREAK_GLASS);
    }

    /** Empty for a case not (yet) known. */
    public Mono<CaseAccessFacts> facts(String caseId) {
        return Mono.from(cases.find(Filters.eq("_id", caseId)).first()).flatMap(c -> Mono.zip(
                Flux.from(grants.find(Filters.eq("caseId", caseId))).map(CaseAccessQueries::grant).collectList(),
                Flux.from(referrals.find(Filters.eq("caseId", caseId))).map(CaseAccessQueries::referral).collectList(),
                Flux.from(breakGlass.find(Filters.eq("caseId", caseId))).map(CaseAccessQueries::breakGlass)
                        .collectList()
        ).map(t -> new CaseAccessFacts(caseId, c.getString("personId"), c.getString("owner"),
                c.getString("caseManager"), c.getBoolean("sealed", false), strings(c, "sealMembers"),
                t.getT1(), t.getT2(), t.getT3())));
    }

    /**
     * The facts of several cases at once, by case id, for the cases known: four queries for a page of a list, where
     * one {@link #facts(String)} per row made four per row, each a round trip waited for in turn.
     */
    public Mono<Map<String, CaseAccessFacts>> facts(Collection<String> caseIds) {
        if (caseIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        List<String> ids = List.copyOf(new LinkedHashSet<>(caseIds));
        return Mono.zip(
                Flux.from(cases.find(Filters.in("_id", ids))).collectList(),
                Flux.from(grants.find(Filters.in("caseId", ids)))
                        .collectMultimap(d -> d.getString("caseId"), CaseAccessQueries::grant),
                Flux.from(referrals.find(Filters.in("caseId", ids)))
                        .collectMultimap(d -> d.getString("caseId"), CaseAccessQueries::referral),
                Flux.from(breakGlass.find(Filters.in("caseId", ids)))
                        .collectMultimap(d -> d.getString("caseId"), CaseAccessQueries::breakGlass)
        ).map(t -> {
            Map<String, CaseAccessFacts> facts = new LinkedHashMap<>();
            for (Document c : t.getT1()) {
                String caseId = c.getString("_id");
                facts.put(caseId, new CaseAccessFacts(caseId, c.getString("personId"), c.getString("owner"),
                        c.getString("caseManager"), c.getBoolean("sealed", false), strings(c, "sealMembers"),
                        List.copyOf(t.getT2().getOrDefault(caseId, List.of())),
                        List.copyOf(t.getT3().getOrDefault(caseId, List.of())),
                        List.copyOf(t.getT4().getOrDefault(caseId, List.of()))));
            }
            return facts;
        });
    }

    /** The cases an organisation sees now through a share grant in force or an accepted referral. */
    public Mono<Set<String>> sharedWith(String organisation, Instant now) {
        Flux<String> granted = Flux.from(grants.find(Filters.and(Filters.eq("recipient", organisation),
                        Filters.eq("revoked", false), Filters.gt("expiresAt", Date.from(now)))))
                .map(d -> d.getString("caseId"));
        Flux<String> referred = Flux.from(referrals.find(Filters.and(Filters.eq("to", organisation),
                        Filters.eq("status", ReferralStatus.ACCEPTED.name()))))
                .map(d -> d.getString("caseId"));
        return Flux.concat(granted, referred).collect(Collectors.toSet());
    }

    /** The sealed cases the user may not see now: not in their team, no break-glass in force. */
    public Mono<Set<String>> sealedAgainst(String userId, Instant now) {
        Mono<Set<String>> opened = Flux.from(breakGlass.find(Filters.and(Filters.eq("user", userId),
                        Filters.gt("until", Date.from(now)))))
                .map(d -> d.getString("caseId")).collect(Collectors.toSet());
        Mono<Set<String>> sealed = Flux.from(cases.find(Filters.eq("sealed", true)))
                .filter(d -> !strings(d, "sealMembers").contains(userId))
                .map(d -> d.getString("_id")).collect(Collectors.toSet());
        return Mono.zip(sealed, opened).map(t -> {
            Set<String> closed = new HashSet<>(t.getT1());
            closed.removeAll(t.getT2());
            return closed;
        });
    }

    /** The case a share grant is about; empty for an unknown grant. */
    public Mono<String> caseOfGrant(String shareGrantId) {
        return Mono.from(grants.find(Filters.eq("_id", shareGrantId)).first()).map(d -> d.getString("caseId"));
    }

    /** The case a referral is about; empty for an unknown referral. */
    public Mono<String> caseOfReferral(String referralId) {
        return Mono.from(referrals.find(Filters.eq("_id", referralId)).first()).map(d -> d.getString("caseId"));
    }

    /** The referrals sent to an organisation, whatever their state. */
    public Flux<CaseAccessFacts.Referral> referralsTo(String organisation) {
        return Flux.from(referrals.find(Filters.eq("to", organisation))).map(CaseAccessQueries::referral);
    }

    /**
     * One page of the DPO's register of disclosures: every share grant of every case, in force or not (ids, no
     * personal data), latest expiry first. Paged in the database because an Ambito's register grows without bound.
     */
    public Flux<CaseGrant> grantsPage(int skip, int limit) {
        return Flux.from(grants.find().sort(new Document("expiresAt", -1).append("_id", 1)).skip(skip).limit(limit))
                .map(d -> new CaseGrant(d.getString("caseId"), grant(d)));
    }

    /** How many share grants the register holds. */
    public Mono<Long> countGrants() {
        return Mono.from(grants.countDocuments());
    }

    /** A share grant with the case it discloses. */
    public record CaseGrant(String caseId, CaseAccessFacts.Grant grant) {
    }

    /** Break-glass uses, newest first: the DPO's worklist. */
    public Flux<BreakGlassUse> breakGlassUses() {
        return Flux.from(breakGlass.find().sort(new Document("at", -1))).map(d -> new BreakGlassUse(
                d.getString("caseId"), d.getString("personId"), d.getString("user"), d.getString("organisation"),
                d.getString("justification"), d.getDate("at").toInstant(), d.getDate("until").toInstant()));
    }

    private static CaseAccessFacts.Grant grant(Document d) {
        return new CaseAccessFacts.Grant(d.getString("_id"), d.getString("grantor"), d.getString("recipient"),
                d.getString("purpose"), categories(d), d.getString("legalBasis"), d.getString("legalReference"),
                d.getBoolean("consent", false), d.getDate("expiresAt").toInstant(), d.getBoolean("revoked", false));
    }

    private static CaseAccessFacts.Referral referral(Document d) {
        return new CaseAccessFacts.Referral(d.getString("_id"), d.getString("caseId"), d.getString("from"), d.getString("to"),
                d.getString("purpose"), categories(d), d.getString("legalBasis"), d.getString("legalReference"),
                ReferralStatus.valueOf(d.getString("status")));
    }

    private static CaseAccessFacts.BreakGlass breakGlass(Document d) {
        return new CaseAccessFacts.BreakGlass(d.getString("user"), d.getString("organisation"),
                d.getDate("at").toInstant(), d.getDate("until").toInstant());
    }

    private static Set<PersonalDataCategory> categories(Document d) {
        return strings(d, "categories").stream().map(PersonalDataCategory::valueOf).collect(Collectors.toSet());
    }

    private static Set<String> strings(Document d, String field) {
        List<String> values = d.getList(field, String.class);
        return values == null ? Set.of() : Set.copyOf(values);
    }
}

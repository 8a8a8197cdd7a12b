package it.cartella.query.cases;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.person.PersonErased;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static it.cartella.query.cases.CaseCollections.BIRTH_DATE;
import static it.cartella.query.cases.CaseCollections.CODICE_FISCALE;
import static it.cartella.query.cases.CaseCollections.FIRST_NAME;
import static it.cartella.query.cases.CaseCollections.LAST_NAME;
import static it.cartella.query.cases.CaseCollections.PERSONS;
import static it.cartella.query.cases.CaseCollections.SEX;

/**
 * Reads case files reactively: one case's detail, and a person's history across cases. Names come from the case
 * view's person documents, joined when read (an {@code $in} on {@code _id}), so a correction shows everywhere.
 * <p>
 * A person's cases are listed by the projection under the person's id ({@code case_file_people}), so a history
 * reads them by id: the embedded server ignores non-unique indexes, and a query on the {@code involved} array would
 * read every case file, for each person a search shows.
 */
public class CaseFileQueries {

    private final MongoCollection<Document> files;
    private final MongoCollection<Document> households;
    private final MongoCollection<Document> persons;
    private final MongoCollection<Document> people;

    public CaseFileQueries(MongoDatabase database) {
        Objects.requireNonNull(database, "database");
        this.files = database.getCollection(CaseFileProjection.FILES);
        this.households = database.getCollection(CaseFileProjection.HOUSEHOLDS);
        this.persons = database.getCollection(PERSONS);
        this.people = database.getCollection(CaseFileProjection.PEOPLE);
    }

    /** Empty when no such case has been projected. */
    public Mono<CaseDetail> detail(String caseId) {
        return Mono.from(files.find(Filters.eq("_id", caseId)).first())
                .map(document -> {
                    Document applied = (Document) document.remove(CaseFileProjection.SEQUENCES);
                    CaseDetail detail = CaseFileStorage.read(document, CaseDetail.class);
                    // The case's own last event applied: the version of the case this detail shows.
                    Object version = applied == null ? null : applied.get(caseId);
                    detail.version = version instanceof Number n ? n.longValue() : null;
                    return detail;
                })
                .flatMap(detail -> householdMembers(detail.householdId).zipWith(names(detail.involved))
                        .map(found -> complete(detail, found.getT1(), found.getT2())));
    }

    /** The aggregates whose events make up the case's history, besides the case itself. */
    public Mono<List<String>> linkedAggregates(String caseId) {
        return Mono.from(files.find(Filters.eq("_id", caseId)).first())
                .map(document -> CaseFileStorage.read(document, CaseFile.class))
                .map(file -> {
                    List<String> ids = new ArrayList<>();
                    file.plans.forEach(p -> ids.add(p.paisId));
                    file.interventions.forEach(i -> ids.add(i.interventionId));
                    file.tirocini.forEach(t -> ids.add(t.tirocinioId));
                    file.discharges.forEach(d -> ids.add(d.dischargeId));
                    ids.addAll(file.contacts);
                    if (file.householdId != null) {
                        ids.add(file.householdId);
                    }
                    return ids;
                });
    }

    /**
     * The registered persons every word of {@code text} starts a name or the codice fiscale of, by surname, at most
     * {@code limit}; erased persons are never found. Whom the caller may show them to is the caller's decision. On
     * the embedded server this scans the person documents (a regular expression uses no index there), as the case
     * search scans the cases.
     */
    public Flux<PersonMatch> findPersons(String text, int limit) {
        List<Bson> criteria = new ArrayList<>(CaseSearch.words(text));
        if (criteria.isEmpty()) {
            return Flux.empty();
        }
        criteria.add(Filters.ne(LAST_NAME, PersonErased.ERASED));
        return Flux.from(persons.find(Filters.and(criteria))
                        .sort(Sorts.ascending(LAST_NAME, FIRST_NAME)).limit(limit))
                .map(p -> new PersonMatch(p.getString("_id"), p.getString(CODICE_FISCALE), p.getString(FIRST_NAME),
                        p.getString(LAST_NAME), date(p.getString(BIRTH_DATE))));
    }

    /** Empty when the person is not known to the case view. */
    public Mono<PersonHistory> history(String personId) {
        Mono<Document> person = Mono.from(persons.find(Filters.eq("_id", personId)).first());
        Mono<List<CaseFile>> cases = Mono.from(people.find(Filters.eq("_id", personId)).first())
                .map(listed -> listed.getList(CaseFileProjection.CASE_IDS, String.class, List.of()))
                .filter(caseIds -> !caseIds.isEmpty())
                .flatMapMany(caseIds -> files.find(Filters.in("_id", caseIds))
                        .projection(Projections.exclude(CaseFileProjection.SEQUENCES)))
                .map(document -> CaseFileStorage.read(document, CaseFile.class))
                .collectList();
        return person.zipWith(cases).flatMap(found -> Flux.fromIterable(found.getT2())
                .flatMap(file -> householdMembers(file.householdId).map(members -> entry(file, personId, members)))
                .collectList()
                .map(entries -> {
                    entries.sort(Comparator.comparing(PersonHistory.CaseEntry::openedOn,
                            Comparator.nullsLast(Comparator.reverseOrder())));
                    Document p = found.getT1();
                    return new PersonHistory(personId, p.getString(CODICE_FISCALE), p.getString(FIRST_NAME),
                            p.getString(LAST_NAME), date(p.getString(BIRTH_DATE)), p.getString(SEX), entries);
                }));
    }

    private static PersonHistory.CaseEntry entry(CaseFile file, String personId, Set<String> householdMembers) {
        LocalDate closedOn = file.closure == null ? null : file.closure.closedOn();
        return new PersonHistory.CaseEntry(file.caseId, CaseRoles.of(file, personId, householdMembers), file.status,
                file.openedOn, closedOn, file.macroArea, file.residenceComune, file.owningOrganisation,
                file.caseManager, file.plans.size(), file.interventions.size(), file.tirocini.size(),
                file.discharges.size());
    }

    private Mono<Set<String>> householdMembers(String householdId) {
        if (householdId == null) {
            return Mono.just(Set.of());
        }
        return Mono.from(households.find(Filters.eq("_id", householdId)).first())
                // A household a case was linked to before its members were recorded has none yet.
                .map(d -> Set.copyOf(d.getList("members", String.class, List.of())))
                .defaultIfEmpty(Set.of());
    }

    private Mono<Map<String, Document>> names(Set<String> personIds) {
        return Flux.from(persons.find(Filters.in("_id", personIds)))
                .collectMap(d -> d.getString("_id"), Function.identity());
    }

    private static CaseDetail complete(CaseDetail detail, Set<String> householdMembers, Map<String, Document> names) {
        Set<String> everyone = new java.util.LinkedHashSet<>(detail.involved);
        everyone.addAll(householdMembers);
        detail.involved = everyone;
        detail.people = everyone.stream().map(id -> {
            Document p = names.getOrDefault(id, new Document());
            return new CaseDetail.PersonInCase(id, CaseRoles.of(detail, id, householdMembers),
                    p.getString(CODICE_FISCALE), p.getString(FIRST_NAME), p.getString(LAST_NAME),
                    date(p.getString(BIRTH_DATE)), p.getString(SEX));
        }).collect(Collectors.toList());
        detail.nextDueDates = DueDates.of(detail, Require.today());
        return detail;
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}

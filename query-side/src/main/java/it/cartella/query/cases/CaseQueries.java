package it.cartella.query.cases;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static it.cartella.query.cases.CaseCollections.*;

/** Reads the case view with the reactive driver, so that a request never holds a server thread while it waits. */
public class CaseQueries {

    public static final int MAX_PAGE_SIZE = 100;

    private final MongoCollection<Document> cases;

    public CaseQueries(MongoDatabase database) {
        this.cases = Objects.requireNonNull(database, "database").getCollection(CASES);
    }

    /** Empty when no such case has been projected. */
    public Mono<CaseView> findById(String caseId) {
        return Mono.from(cases.find(Filters.eq(ID, caseId)).first()).map(CaseView::from);
    }

    /**
     * Most recently opened first; among cases opened the same day, the most recently recorded first.
     *
     * @param page zero-based, not negative
     * @param size 1 to {@link #MAX_PAGE_SIZE}
     */
    public Mono<CasePage> list(int page, int size) {
        return search(CaseSearch.ALL, page, size);
    }

    /**
     * The cases matching the search, in the order of {@link #list(int, int)}. On a real MongoDB the equality
     * criteria can use indexes. The embedded server uses them for equalities too, but only to narrow which cases it
     * reads (README, "Queries on the embedded database"): a search without a scope, as here, reads every case.
     */
    public Mono<CasePage> search(CaseSearch search, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE || (long) page * size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        Bson filter = search.filter();
        Flux<CaseView> items = Flux.from(cases.find(filter)
                        .sort(Sorts.descending(OPENED_ON, RECORDED_AT, ID))
                        .skip(page * size)
                        .limit(size))
                .map(CaseView::from);
        return Mono.zip(items.collectList(), Mono.from(cases.countDocuments(filter)))
                .map(t -> new CasePage(t.getT1(), page, size, t.getT2()));
    }

    /**
     * The cases matching the search within the reader's scope (see {@link CaseScope}), newest first. The scope's
     * organisations and shared cases are equalities on indexed fields, so the embedded server reads only those cases.
     */
    public Mono<CasePage> search(CaseSearch search, CaseScope scope, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE || (long) page * size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        if (scope.isEmpty()) {
            return Mono.just(new CasePage(List.of(), page, size, 0));
        }
        Bson filter = Filters.and(search.filter(), scope(scope));
        Flux<CaseView> items = Flux.from(cases.find(filter)
                        .sort(Sorts.descending(OPENED_ON, RECORDED_AT, ID))
                        .skip(page * size)
                        .limit(size))
                .map(CaseView::from);
        return Mono.zip(items.collectList(), Mono.from(cases.countDocuments(filter)))
                .map(t -> new CasePage(t.getT1(), page, size, t.getT2()));
    }

    /** Every case of a person, for the retention rules: no access filter, so never for a user's eyes as such. */
    public Flux<CaseView> ofPerson(String personId) {
        return Flux.from(cases.find(Filters.eq(PERSON_ID, personId))).map(CaseView::from);
    }

    /** Every case, for the daily retention review. */
    public Flux<CaseView> all() {
        return Flux.from(cases.find()).map(CaseView::from);
    }

    private static Bson scope(CaseScope scope) {
        List<Bson> visible = new ArrayList<>();
        if (!scope.organisations().isEmpty()) {
            Bson owned = Filters.in(OWNING_ORGANISATION, scope.organisations());
            visible.add(scope.caseManager() == null ? owned
                    : Filters.and(owned, Filters.eq(CASE_MANAGER, scope.caseManager())));
        }
        if (!scope.sharedCases().isEmpty()) {
            visible.add(Filters.in(ID, scope.sharedCases()));
        }
        Bson any = visible.size() == 1 ? visible.get(0) : Filters.or(visible);
        return scope.hiddenCases().isEmpty() ? any : Filters.and(any, Filters.nin(ID, scope.hiddenCases()));
    }
}

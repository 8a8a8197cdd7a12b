package it.cartella.eventstore.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Stream;

/**
 * mongo-java-server's H2 collection whose sorted queries extract each document's sort values once
 * ({@link SortValuesComparator}) instead of at every comparison, and, for a page (a limit), keep only the best
 * documents while reading instead of sorting them all. The stock comparator looks each sort field up again
 * (splitting its path) twice per comparison, over a full sort: under the HTTP load at 50,000 events, half of all CPU
 * samples were that comparator, sorting the few thousand cases of a list page, under the collection's lock.
 *
 * <p>A query that requires a string, object id or boolean in a field with a non-unique index, or in {@code _id}, reads only
 * the documents that {@link IndexedQueries} finds may match, in the order a full read would meet them; the stock
 * server reads the whole collection. Every other query reads it all, as before.
 *
 * <p>It keeps no running total of its documents' sizes (the {@code size} of {@code collStats}, which nothing in
 * Cartella reads; it answers 0): the stock collection encoded every document inserted to BSON once more just to
 * measure it, and both versions of every document updated, a quarter of the server's insert work under appends.
 */
final class EmbeddedH2Collection extends H2Collection {

    /** Beyond this many documents to skip and return, the query sorts them all, as the stock code does. */
    private static final int MAX_TOP = 5_000;

    private final MVMap<Object, Document> documents;

    /** Queries narrowed by an index so far: tests check with it that a query did not read the whole collection. */
    private long narrowedQueries;

    EmbeddedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                         MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, collectionName, options, documents, meta, cursors);
        this.documents = documents;
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                         int batchSize, Document fieldSelector) {
        List<Object> positions = isNaturalOrder(orderBy) ? null : candidatePositions(query);
        if (positions == null) {
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        // A position found in an index may have no document: an id asked for that was never stored, say.
        return matchDocumentsFromStream(positions.stream().map(this::getDocument).filter(Objects::nonNull), query,
                orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /**
     * The positions of the documents that may match, in the order of the collection's own map (the order a full
     * read gives, so that unsorted results and ties come back as before); null to read the whole collection. Taken
     * under the collection's lock, which every write holds: the indexes are filled and read between writes.
     */
    private synchronized List<Object> candidatePositions(Document query) {
        List<EqualityIndex> equalityIndexes = new ArrayList<>();
        for (Index<Object> index : getIndexes()) {
            if (index.canHandle(query)) {
                return null; // a unique index answers it already, by its keys
            }
            if (index instanceof EqualityIndex equality) {
                equalityIndexes.add(equality);
            }
        }
        Set<Object> candidates = new IndexedQueries(equalityIndexes, () -> fill(equalityIndexes)).candidates(query);
        if (candidates == null) {
            return null;
        }
        narrowedQueries++;
        List<Object> positions = new ArrayList<>(candidates);
        positions.sort(documents.getKeyType()::compare);
        return positions;
    }

    /** Fills every index not filled yet, in one read of the collection: the first narrowed query pays for it. */
    private void fill(List<EqualityIndex> indexes) {
        List<EqualityIndex> empty = indexes.stream().filter(index -> !index.isFilled()).toList();
        if (empty.isEmpty()) {
            return;
        }
        documents.entrySet().forEach(entry -> empty.forEach(index -> index.add(entry.getValue(), entry.getKey())));
        empty.forEach(EqualityIndex::markFilled);
    }

    synchronized long narrowedQueries() {
        return narrowedQueries;
    }

    private static boolean isNaturalOrder(Document orderBy) {
        return orderBy != null && orderBy.containsKey("$natural");
    }

    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected int getDataSize() {
        return 0;
    }

    @Override
    protected QueryResult matchDocumentsFromStream(Stream<Document> documents, Document query, Document orderBy,
                                                   int numberToSkip, int limit, int batchSize,
                                                   Document fieldSelector) {
        if (!SortValuesComparator.handles(orderBy)) {
            return super.matchDocumentsFromStream(documents, query, orderBy, numberToSkip, limit, batchSize,
                    fieldSelector);
        }
        SortValuesComparator order = new SortValuesComparator(orderBy);
        long wanted = (long) Math.max(0, numberToSkip) + limit;
        if (limit <= 0 || wanted > MAX_TOP) {
            return matchDocumentsFromStream(query, documents, numberToSkip, limit, batchSize, order, fieldSelector);
        }
        // The first page of a list sorted from thousands of documents: keep the best skip + limit while reading,
        // then let the stock code skip, limit and project those, already in order.
        List<Document> top = top(documents.filter(document -> documentMatchesQuery(document, query)), order,
                (int) wanted);
        return matchDocumentsFromStream(query, top.stream(), numberToSkip, limit, batchSize, null, fieldSelector);
    }

    /**
     * The {@code wanted} first documents in the sort's order, ties in the order read (as the stock stable sort
     * leaves them): a bounded heap of the best so far, so a document worse than all of them costs one comparison.
     */
    static List<Document> top(Stream<Document> documents, Comparator<Document> order, int wanted) {
        Comparator<Ranked> byOrderThenRead = Comparator.<Ranked, Document>comparing(Ranked::document, order)
                .thenComparingLong(Ranked::read);
        PriorityQueue<Ranked> best = new PriorityQueue<>(wanted + 1, byOrderThenRead.reversed());
        long[] read = {0};
        documents.forEachOrdered(document -> {
            Ranked next = new Ranked(document, read[0]++);
            if (best.size() < wanted) {
                best.add(next);
            } else if (byOrderThenRead.compare(next, best.peek()) < 0) {
                best.poll();
                best.add(next);
            }
        });
        List<Ranked> sorted = new ArrayList<>(best);
        sorted.sort(byOrderThenRead);
        List<Document> top = new ArrayList<>(sorted.size());
        sorted.forEach(ranked -> top.add(ranked.document()));
        return top;
    }

    private record Ranked(Document document, long read) {
    }
}

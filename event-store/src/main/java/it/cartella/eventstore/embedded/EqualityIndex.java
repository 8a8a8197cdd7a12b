package it.cartella.eventstore.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A non-unique index of the embedded server (mongo-java-server ignores them): for its first field, the positions of
 * the documents holding each string, object id or boolean there, directly or as an element of an array. It answers only
 * "which documents may hold this value" ({@link IndexedQueries}); the query itself is still applied to each of them,
 * so the index need only never miss a document, and nothing about ranges, order or the other fields is asked of it.
 *
 * <p>It lives in memory and is filled from the collection the first time a query uses it ({@link #markFilled}), not when
 * the store opens: a start-up then costs nothing more, and no file format or crash has to be reasoned about, since an
 * index that was never written cannot be stale. Until filled it ignores writes. Every call comes under the
 * collection's lock (see {@link EmbeddedH2Collection}).
 */
final class EqualityIndex extends Index<Object> {

    private static final String ID = "_id";

    private final String field;
    /** A value's one position, or its {@link Positions}: most values of a field like a person's id have one. */
    private final Map<Object, Object> positionsByValue = new HashMap<>();
    private boolean filled;

    EqualityIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.field = keys.get(0).getKey();
    }

    /** Only fields at the top of the document: a path through arrays of documents could hide a value from it. */
    static boolean canIndex(List<IndexKey> keys) {
        String first = keys.get(0).getKey();
        return !first.contains(".") && !first.startsWith("$") && !first.equals(ID);
    }

    /**
     * Whether a query value can be looked up: strings, object ids and booleans, equal in MongoDB exactly when they
     * are in Java (a number is not: 1 and 1.0 are the same to MongoDB, not to a hash map).
     */
    static boolean isLookupValue(Object value) {
        return value instanceof String || value instanceof ObjectId || value instanceof Boolean;
    }

    String field() {
        return field;
    }

    boolean isFilled() {
        return filled;
    }

    /** Called once the collection has {@link #add(Document, Object) added} every document it holds while not filled. */
    void markFilled() {
        filled = true;
    }

    /** The positions of every document that may hold {@code value} in the field; possibly more, never fewer. */
    Set<Object> positionsOf(Object value) {
        Object positions = positionsByValue.get(value);
        if (positions == null) {
            return Set.of();
        }
        return positions instanceof Positions many ? many : Set.of(positions);
    }

    private Set<Object> valuesOf(Document document) {
        Object value = document.get(field);
        if (isLookupValue(value)) {
            return Set.of(value);
        }
        if (value instanceof Collection<?> elements) {
            Set<Object> values = new LinkedHashSet<>();
            for (Object element : elements) {
                if (isLookupValue(element)) {
                    values.add(element);
                }
            }
            return values;
        }
        return Set.of();
    }

    /** Adds a document whatever the state: how the collection fills it. */
    void add(Document document, Object position) {
        for (Object value : valuesOf(document)) {
            positionsByValue.merge(value, position, (held, added) -> {
                if (held instanceof Positions many) {
                    many.add(added);
                    return many;
                }
                return held.equals(added) ? held : new Positions(held, added);
            });
        }
    }

    private void remove(Document document, Object position) {
        for (Object value : valuesOf(document)) {
            positionsByValue.computeIfPresent(value, (v, held) -> {
                if (held instanceof Positions many) {
                    many.remove(position);
                    return many.size() == 1 ? many.iterator().next() : many;
                }
                return held.equals(position) ? null : held;
            });
        }
    }

    @Override
    public Object getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // Not unique: nothing can conflict.
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        if (filled) {
            add(document, position);
        }
    }

    /** The stock collection removes a document at the position its indexes agree on: here, its id (its H2 key). */
    @Override
    public Object remove(Document document) {
        Object position = document.get(ID);
        if (filled) {
            remove(document, position);
        }
        return position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // Not unique: nothing can conflict.
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
                              MongoCollection<Object> collection) {
        if (filled && !valuesOf(oldDocument).equals(valuesOf(newDocument))) {
            remove(oldDocument, position);
            add(newDocument, position);
        }
    }

    /** Never asked by the stock code, which reads an index only for a query on exactly its keys. */
    @Override
    public boolean canHandle(Document query) {
        return false;
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        throw new UnsupportedOperationException("looked up through IndexedQueries");
    }

    @Override
    public long getCount() {
        return positionsByValue.values().stream().mapToLong(p -> p instanceof Positions many ? many.size() : 1).sum();
    }

    /** Never empty for the stock code, which would otherwise build it at once, reading the whole collection twice. */
    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public void drop() {
        positionsByValue.clear();
        filled = false;
    }

    /** The positions of a value held by more than one document (an id is never a set, so the two cannot be confused). */
    private static final class Positions extends LinkedHashSet<Object> {
        Positions(Object first, Object second) {
            add(first);
            add(second);
        }
    }
}

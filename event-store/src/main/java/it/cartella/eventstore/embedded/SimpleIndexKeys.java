package it.cartella.eventstore.embedded;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys of a document in a unique index on one top-level field, worked out directly: the same keys, in the same
 * order, as mongo-java-server's {@code Index.getKeyValues}, for the values this fast path knows (strings, object ids,
 * booleans, whole and decimal numbers, null or missing, and arrays of those). For anything else, or for a compound,
 * dotted or sparse index, it answers {@code null} and the index asks the stock code.
 */
final class SimpleIndexKeys {

    private final String field;

    private SimpleIndexKeys(String field) {
        this.field = field;
    }

    /** The fast path for an index with these keys, or {@code null} when it does not apply. */
    static SimpleIndexKeys of(List<IndexKey> keys, boolean sparse) {
        if (sparse || keys.size() != 1 || keys.get(0).getKey().contains(".")) {
            return null;
        }
        return new SimpleIndexKeys(keys.get(0).getKey());
    }

    /** The document's normalized keys, or {@code null} when one of its values is not a simple one. */
    Set<KeyValue> of(Document document) {
        Object value = document.getOrMissing(field);
        if (value instanceof Collection<?> elements) {
            // A multikey index: one key per distinct element (none for an empty array).
            Set<KeyValue> keys = new LinkedHashSet<>();
            for (Object element : elements) {
                if (element instanceof Collection<?> || !isSimple(element)) {
                    return null;
                }
                keys.add(new KeyValue(new Object[] {normalized(element)}));
            }
            return keys;
        }
        if (!isSimple(value)) {
            return null;
        }
        return Set.of(new KeyValue(new Object[] {normalized(value)}));
    }

    private static boolean isSimple(Object value) {
        return Missing.isNullOrMissing(value) || value instanceof String || value instanceof ObjectId
                || value instanceof Boolean || value instanceof Long || value instanceof Integer
                || value instanceof Double;
    }

    /** As mongo-java-server normalizes a key value: numbers become doubles unless a long would lose digits. */
    static Object normalized(Object value) {
        if (Missing.isNullOrMissing(value)) {
            return null;
        }
        if (value instanceof Long whole && whole != (long) whole.doubleValue()) {
            return whole;
        }
        if (value instanceof Number number) {
            double decimal = number.doubleValue();
            return decimal == -0.0 ? 0.0 : decimal;
        }
        return value;
    }
}

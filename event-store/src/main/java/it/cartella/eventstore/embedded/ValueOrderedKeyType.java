package it.cartella.eventstore.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.backend.ValueComparator;

/**
 * The key type of the embedded server's unique indexes: keys are ordered by their values, as MongoDB orders them.
 *
 * <p>mongo-java-server's H2 backend keeps each unique index in an MVMap whose keys ({@link KeyValue}) are not
 * {@link Comparable}, so H2 compares two keys by Java-serializing both, at every step of every B-tree search. That was
 * measured as most of the CPU of an event-store catch-up (each position looked up costs some forty serializations)
 * and a large part of every insert. Comparing the values directly gives the same answers for a fraction of the cost.
 * Only the order changes here: {@link EmbeddedH2Database} rebuilds an index written in the old order before using
 * it. How keys are written to the file is {@link BsonValueType}'s.
 */
final class ValueOrderedKeyType extends BsonValueType {

    private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            int byValue = compareValues(left, right);
            if (byValue != 0 || left.equals(right)) {
                return byValue;
            }
            // Equal for MongoDB's order but not the same key (say, two types of one number): keep them apart, in
            // the order the stock backend would give them, so that uniqueness means exactly what it meant before.
            return super.compare(a, b);
        }
        return super.compare(a, b);
    }

    private static int compareValues(KeyValue left, KeyValue right) {
        int common = Math.min(left.size(), right.size());
        for (int i = 0; i < common; i++) {
            int byValue = compareValue(left.get(i), right.get(i));
            if (byValue != 0) {
                return byValue;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    /**
     * Two values in MongoDB's order. Two strings, two doubles or two object ids (the keys of the event store's
     * indexes) are compared as the stock comparator would, without first ranking their types by walking its list of
     * type classes, which it does at every step of every B-tree search.
     */
    static int compareValue(Object left, Object right) {
        if (left instanceof String a && right instanceof String b) {
            return a.compareTo(b);
        }
        if (left instanceof Double a && right instanceof Double b) {
            return compareNumbers(a, b);
        }
        if (left instanceof ObjectId a && right instanceof ObjectId b) {
            return a.compareTo(b);
        }
        return VALUES.compare(left, right);
    }

    private static int compareNumbers(Double left, Double right) {
        Number a = Utils.normalizeNumber(left);
        Number b = Utils.normalizeNumber(right);
        if (a instanceof Long || b instanceof Long) {
            return Long.compare(a.longValue(), b.longValue());
        }
        return Double.compare(a.doubleValue(), b.doubleValue());
    }
}

package it.cartella.eventstore.embedded;

import de.bwaldvogel.mongo.bson.Document;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Narrows a query to the documents that may match it, from the collection's {@link EqualityIndex}es and its ids,
 * before the stock code applies the query to each: the cases of one organisation instead of every case of the
 * Ambito. The stock server reads the whole collection for any query that is not an equality on exactly the keys of a
 * unique index.
 *
 * <p>Only what cannot miss a match is narrowed: an equality or {@code $in} of strings, object ids or booleans on an indexed
 * field or on {@code _id}, anywhere the query requires it (at its top, inside {@code $and}, or in every branch of an
 * {@code $or}). Any other condition is left to the stock matcher, which still checks every condition of the query on
 * every document returned from here; and a query with nothing to narrow on is not narrowed at all (null).
 */
final class IndexedQueries {

    private static final String ID = "_id";

    private final Map<String, EqualityIndex> indexByField = new HashMap<>();
    private final Runnable fillIndexes;

    /** @param fillIndexes fills the indexes not yet filled; run before the first look-up, only if one is needed */
    IndexedQueries(Collection<? extends EqualityIndex> indexes, Runnable fillIndexes) {
        this.fillIndexes = fillIndexes;
        for (EqualityIndex index : indexes) {
            indexByField.putIfAbsent(index.field(), index);
        }
    }

    /** The positions of the documents that may match, or null when the query cannot be narrowed. */
    Set<Object> candidates(Document query) {
        if (query == null) {
            return null;
        }
        Set<Object> best = null;
        for (Map.Entry<String, Object> condition : query.entrySet()) {
            best = narrower(best, candidates(condition.getKey(), condition.getValue()));
        }
        return best;
    }

    private Set<Object> candidates(String key, Object value) {
        return switch (key) {
            case "$and" -> smallestOf(value);
            case "$or" -> unionOf(value);
            case ID -> valuesOf(value);
            default -> {
                EqualityIndex index = indexByField.get(key);
                Set<Object> values = index == null ? null : valuesOf(value);
                yield values == null ? null : positionsOf(index, values);
            }
        };
    }

    /** Every condition of an {@code $and} must hold: any one that narrows will do, the narrowest is best. */
    private Set<Object> smallestOf(Object conditions) {
        if (!(conditions instanceof List<?> list)) {
            return null;
        }
        Set<Object> best = null;
        for (Object condition : list) {
            best = narrower(best, condition instanceof Document document ? candidates(document) : null);
        }
        return best;
    }

    /** One branch of an {@code $or} is enough to match: only when every branch narrows is their union a bound. */
    private Set<Object> unionOf(Object branches) {
        if (!(branches instanceof List<?> list) || list.isEmpty()) {
            return null;
        }
        Set<Object> union = new LinkedHashSet<>();
        for (Object branch : list) {
            Set<Object> narrowed = branch instanceof Document document ? candidates(document) : null;
            if (narrowed == null) {
                return null;
            }
            union.addAll(narrowed);
        }
        return union;
    }

    /**
     * The values a field's condition requires it to hold one of: {@code "x"}, {@code {$eq: "x"}} or
     * {@code {$in: ["x", "y"]}}, alone or beside other operators (which only narrow further); null for anything else,
     * such as a sub-document to match whole, a regular expression, null or a number.
     */
    private static Set<Object> valuesOf(Object condition) {
        if (EqualityIndex.isLookupValue(condition)) {
            return Set.of(condition);
        }
        if (!(condition instanceof Document operators) || operators.isEmpty()
                || !operators.keySet().stream().allMatch(k -> k.startsWith("$"))) {
            return null;
        }
        Set<Object> best = null;
        Object eq = operators.get("$eq");
        if (EqualityIndex.isLookupValue(eq)) {
            best = Set.of(eq);
        }
        if (operators.get("$in") instanceof Collection<?> in && !in.isEmpty()
                && in.stream().allMatch(EqualityIndex::isLookupValue)) {
            best = narrower(best, new LinkedHashSet<>(in));
        }
        return best;
    }

    private Set<Object> positionsOf(EqualityIndex index, Set<Object> values) {
        if (!index.isFilled()) {
            fillIndexes.run();
        }
        if (values.size() == 1) {
            return index.positionsOf(values.iterator().next());
        }
        Set<Object> positions = new LinkedHashSet<>();
        values.forEach(value -> positions.addAll(index.positionsOf(value)));
        return positions;
    }

    /** Of two bounds that must both hold, the smaller; null stands for none. */
    private static Set<Object> narrower(Set<Object> best, Set<Object> other) {
        return other != null && (best == null || other.size() < best.size()) ? other : best;
    }
}

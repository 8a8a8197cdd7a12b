package it.cartella.eventstore.embedded;

import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders documents exactly as mongo-java-server's {@code DocumentComparator} does (the same value look-up, the same
 * ascending and descending value comparators, the fields in the order given), but looks each document's sort values
 * up once and keeps them for the rest of the sort. One instance serves one query's sort, on one thread.
 */
final class SortValuesComparator implements Comparator<Document> {

    private final List<String> fields = new ArrayList<>();
    private final List<ValueComparator> orders = new ArrayList<>();
    private final Map<Document, Object[]> valuesOf = new IdentityHashMap<>();

    SortValuesComparator(Document orderBy) {
        for (String field : orderBy.keySet()) {
            fields.add(field);
            orders.add(((Number) orderBy.get(field)).intValue() > 0 ? ValueComparator.asc() : ValueComparator.desc());
        }
    }

    /** A plain sort on fields (not {@code $natural}, not a text score): the cases the stock comparator handles. */
    static boolean handles(Document orderBy) {
        if (orderBy == null || orderBy.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, Object> sort : orderBy.entrySet()) {
            if (sort.getKey().startsWith("$") || !(sort.getValue() instanceof Number)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compare(Document a, Document b) {
        Object[] left = valuesOf.computeIfAbsent(a, this::sortValues);
        Object[] right = valuesOf.computeIfAbsent(b, this::sortValues);
        for (int i = 0; i < left.length; i++) {
            int byField = orders.get(i).compare(left[i], right[i]);
            if (byField != 0) {
                return byField;
            }
        }
        return 0;
    }

    private Object[] sortValues(Document document) {
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Utils.getSubdocumentValueCollectionAware(document, fields.get(i));
        }
        return values;
    }
}

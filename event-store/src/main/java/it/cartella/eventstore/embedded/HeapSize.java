package it.cartella.eventstore.embedded;

import de.bwaldvogel.mongo.bson.BinData;

import java.util.Collection;
import java.util.Map;

/**
 * A rough size on the heap of a document as mongo-java-server holds it, for H2's page-cache accounting: H2 evicts
 * pages by the memory their values declare, so an estimate far below the truth lets the cache outgrow its share of
 * the heap, and one far above it shrinks the cache for nothing. It walks the document once, allocating nothing
 * but iterators, instead of encoding it (H2 asks for it on every insert, and samples it on every page read).
 */
final class HeapSize {

    /** Object header and fields of a small boxed value (Integer, Long, Double, Instant, ObjectId's fields...). */
    private static final int SMALL_VALUE = 24;
    private static final int STRING = 40;
    private static final int ARRAY = 16;
    private static final int MAP = 64;
    /** A LinkedHashMap entry: header, hash, key, value, next, before, after; plus its slot in the table. */
    private static final int MAP_ENTRY = 48;
    private static final int REFERENCE = 8;

    private HeapSize() {
    }

    static int of(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof String text) {
            // Compact strings: one byte a character for Latin-1 text, which most stored text is.
            return STRING + text.length();
        }
        if (value instanceof Map<?, ?> map) {
            int size = MAP;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += MAP_ENTRY + of(entry.getKey()) + of(entry.getValue());
            }
            return size;
        }
        if (value instanceof Collection<?> list) {
            int size = ARRAY + SMALL_VALUE;
            for (Object element : list) {
                size += REFERENCE + of(element);
            }
            return size;
        }
        if (value instanceof BinData binary) {
            return SMALL_VALUE + ARRAY + binary.getData().length;
        }
        return SMALL_VALUE;
    }
}

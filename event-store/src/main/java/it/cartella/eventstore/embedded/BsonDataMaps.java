package it.cartella.eventstore.embedded;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the embedded server's data maps (a collection's documents by {@code _id}) with {@link BsonDocumentType}, and
 * rewrites a map written in the stock format (Java serialization) to BSON the first time it is opened.
 *
 * <p>{@link #REGISTRY} lists the data maps known to hold BSON only. A new map is listed in the same store version
 * that creates it. A map the store already held without being listed is rewritten in place, entry by entry, and
 * listed once the last entry is rewritten: the listing reaches the file in the same commit as the last rewrites or a
 * later one. The store is committed along the way to bound the unsaved pages held in memory; a crash between those
 * commits leaves a map partly in each format and not listed, which {@link BsonDocumentType} reads whole and the next
 * start rewrites again. No entry is ever removed, so no document can be lost by an interrupted conversion. For the
 * same reason a map missing from the list (renamed by the stock code, say) is never misread: it costs one more
 * rewrite at the next start.
 *
 * <p>Existing maps are only opened while the backend opens its databases, before the server accepts connections, so
 * these commits never store a client's write half done.
 */
final class BsonDataMaps {

    /** The data maps holding BSON only. */
    static final String REGISTRY = "cartella.bson-data-maps";

    /** The stock name of a collection's data map: the prefix, then the database and collection names. */
    static final String DATA_MAP_PREFIX = "databases.";

    /** The unsaved memory above which a conversion commits what it has rewritten so far. */
    private static final long UNSAVED_BYTES_PER_COMMIT = 32L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(BsonDataMaps.class);

    private BsonDataMaps() {
    }

    /** Opens the data map, rewriting it to BSON first (then calling {@code onConverted}) if it is in the stock format. */
    static MVMap<Object, Document> open(MVStore store, String mapName, Runnable onConverted) {
        boolean existed = store.hasMap(mapName);
        MVMap<String, Boolean> registry = store.openMap(REGISTRY);
        MVMap<Object, Document> map = store.openMap(mapName,
                new MVMap.Builder<Object, Document>().keyType(new BsonValueType()).valueType(new BsonDocumentType()));
        if (!existed) {
            registry.put(mapName, Boolean.TRUE);
        } else if (!registry.containsKey(mapName)) {
            rewrite(store, map);
            registry.put(mapName, Boolean.TRUE);
            onConverted.run();
        }
        return map;
    }

    /** Removes the listing of data maps the store no longer holds (dropped collections and databases). */
    static void forgetRemovedMaps(MVStore store) {
        MVMap<String, Boolean> registry = store.openMap(REGISTRY);
        registry.keySet().stream().filter(name -> !store.hasMap(name)).toList().forEach(registry::remove);
    }

    /**
     * Puts every entry back: H2 then writes each page it touched whole with the map's value type, in BSON. The
     * cursor walks the map as it was when the rewrite began, unaffected by the puts.
     */
    private static void rewrite(MVStore store, MVMap<Object, Document> map) {
        long started = System.nanoTime();
        long entries = 0;
        Cursor<Object, Document> cursor = map.cursor(null);
        while (cursor.hasNext()) {
            Object id = cursor.next();
            map.put(id, cursor.getValue());
            entries++;
            if (store.getUnsavedMemory() > UNSAVED_BYTES_PER_COMMIT) {
                store.commit();
            }
        }
        LOG.info("Rewrote the {} documents of {} from Java serialization to BSON in {} ms", entries, map.getName(),
                (System.nanoTime() - started) / 1_000_000);
    }
}

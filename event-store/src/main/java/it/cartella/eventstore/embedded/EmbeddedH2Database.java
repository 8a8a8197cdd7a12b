package it.cartella.eventstore.embedded;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * mongo-java-server's H2 database whose unique indexes are ordered by value ({@link ValueOrderedKeyType}).
 *
 * <p>Index maps keep the stock names, so the stock code that drops them still finds them. A map the store already
 * held without being listed in {@link #ORDERED_MAPS} was written in the stock order: it is emptied, and the collection
 * rebuilds it from its documents when it adds the index (an empty index is always rebuilt). It is listed only once
 * the backend has finished opening ({@link EmbeddedH2Backend#markRebuiltIndexes()}), so a crash during a rebuild
 * means another rebuild at the next start, never a half-filled index taken for a whole one.
 */
final class EmbeddedH2Database extends H2Database {

    /** The index maps known to be complete and in value order. */
    static final String ORDERED_MAPS = "cartella.value-ordered-indexes";

    /**
     * The stock constructor opens the existing indexes before this subclass's fields are set, so the store and the
     * list of rebuilt maps reach {@link #openOrCreateUniqueIndex} through the thread that constructs the database.
     */
    private static final ThreadLocal<EmbeddedH2Backend> OPENING = new ThreadLocal<>();

    private final EmbeddedH2Backend backend;

    private EmbeddedH2Database(String name, EmbeddedH2Backend backend, CursorRegistry cursors) {
        super(name, backend.getMvStore(), cursors);
        this.backend = backend;
    }

    static EmbeddedH2Database open(String name, EmbeddedH2Backend backend, CursorRegistry cursors) {
        OPENING.set(backend);
        try {
            return new EmbeddedH2Database(name, backend, cursors);
        } finally {
            OPENING.remove();
        }
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        // Null while the stock constructor runs: see OPENING.
        EmbeddedH2Backend owner = backend != null ? backend : OPENING.get();
        MVStore store = owner.getMvStore();
        String mapName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        boolean existed = store.hasMap(mapName);
        MVMap<String, Boolean> ordered = store.openMap(ORDERED_MAPS);
        MVMap<KeyValue, Object> map = store.openMap(mapName,
                new MVMap.Builder<KeyValue, Object>().keyType(new ValueOrderedKeyType()));
        if (existed && !ordered.containsKey(mapName)) {
            map.clear();
            owner.rebuilding(mapName);
        } else if (!existed) {
            ordered.put(mapName, Boolean.TRUE);
        }
        return new ValueOrderedUniqueIndex(map, indexName, keys, sparse);
    }
}

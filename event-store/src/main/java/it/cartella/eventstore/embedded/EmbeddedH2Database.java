package it.cartella.eventstore.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * mongo-java-server's H2 database whose unique indexes are ordered by value ({@link ValueOrderedKeyType}), whose
 * documents are stored as BSON ({@link BsonDataMaps}), and whose ids and index entries are written as BSON too
 * ({@link BsonValueType}).
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

    /** The stock name of a collection's map of metadata (its data size). */
    private static final String META_MAP_PREFIX = "meta.";

    /**
     * The stock constructor opens the existing collections and indexes before this subclass's fields are set, so the
     * backend (its store, the lists of rebuilt and converted maps) reaches {@link #openOrCreateCollection} and
     * {@link #openOrCreateUniqueIndex} through the thread that constructs the database.
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

    /** The stock collection, on the stock maps, but with its documents' map opened by {@link BsonDataMaps}. */
    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        EmbeddedH2Backend owner = owner();
        MVStore store = owner.getMvStore();
        String fullName = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> documents = BsonDataMaps.open(store, BsonDataMaps.DATA_MAP_PREFIX + fullName,
                () -> owner.convertedToBson(fullName));
        MVMap<String, Object> meta = store.openMap(META_MAP_PREFIX + fullName);
        return new EmbeddedH2Collection(this, collectionName, options, documents, meta, cursorRegistry);
    }

    @Override
    public void dropCollection(String collectionName, Oplog oplog) {
        super.dropCollection(collectionName, oplog);
        BsonDataMaps.forgetRemovedMaps(owner().getMvStore());
    }

    @Override
    public void drop(Oplog oplog) {
        super.drop(oplog);
        BsonDataMaps.forgetRemovedMaps(owner().getMvStore());
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        EmbeddedH2Backend owner = owner();
        MVStore store = owner.getMvStore();
        String mapName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        boolean existed = store.hasMap(mapName);
        MVMap<String, Boolean> ordered = store.openMap(ORDERED_MAPS);
        MVMap<KeyValue, Object> map = store.openMap(mapName,
                new MVMap.Builder<KeyValue, Object>().keyType(new ValueOrderedKeyType()).valueType(new BsonValueType()));
        if (existed && !ordered.containsKey(mapName)) {
            map.clear();
            owner.rebuilding(mapName);
        } else if (!existed) {
            ordered.put(mapName, Boolean.TRUE);
        }
        return new ValueOrderedUniqueIndex(map, indexName, keys, sparse);
    }

    /**
     * A non-unique index on a top-level field becomes an {@link EqualityIndex}, which narrows queries; any other is
     * ignored, as by the stock server.
     */
    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                       boolean sparse) {
        if (!EqualityIndex.canIndex(keys)) {
            return super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
        }
        return new EqualityIndex(indexName, keys, sparse);
    }

    /** A {@code countDocuments} counts through the indexes ({@link CountPipeline}); the rest is the stock's. */
    @Override
    public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver databaseResolver,
                                  Oplog oplog) {
        CountPipeline count = command.equalsIgnoreCase("aggregate") && query.get(command) instanceof String
                ? CountPipeline.of(query) : null;
        if (count == null) {
            return super.handleCommand(channel, command, query, databaseResolver, oplog);
        }
        clearLastStatus(channel);
        String collectionName = (String) query.get(command);
        return count.answer(getFullCollectionNamespace(collectionName), resolveCollection(collectionName, false));
    }

    /** The backend, also while the stock constructor runs (when {@link #backend} is not set yet: see OPENING). */
    private EmbeddedH2Backend owner() {
        return backend != null ? backend : OPENING.get();
    }
}

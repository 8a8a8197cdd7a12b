package it.cartella.eventstore.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;
import org.h2.mvstore.MVMap;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A unique index of the embedded server kept in an MVMap ordered by {@link ValueOrderedKeyType}.
 *
 * <p>Adding a document works out its keys once ({@link SimpleIndexKeys}) where the stock index works them out three
 * times through streams and maps (once to check, and twice more to add, checking again), and it does not look each
 * key up twice: for the event store's
 * three unique indexes that was a third of the server's CPU under eight appending threads, all of it under the
 * collection's lock.
 */
final class ValueOrderedUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<KeyValue, Object> map;
    private final SimpleIndexKeys simpleKeys;

    ValueOrderedUniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
        this.simpleKeys = SimpleIndexKeys.of(keys, sparse);
    }

    @Override
    public synchronized void checkAdd(Document document, MongoCollection<Object> collection) {
        Set<KeyValue> keys = simpleKeys == null ? null : simpleKeys.of(document);
        if (keys == null) {
            super.checkAdd(document, collection);
            return;
        }
        for (KeyValue key : keys) {
            if (containsKey(key)) {
                throw new DuplicateKeyError(this, collection, getKeys(), key);
            }
        }
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        Set<KeyValue> keys = simpleKeys == null ? null : simpleKeys.of(document);
        if (keys == null) {
            super.add(document, position, collection);
            return;
        }
        // The collection checked every index before storing the document (checkAdd), so the key is only found taken
        // while a unique index is built over documents that repeat it: that build then fails, as with the stock index.
        for (KeyValue key : keys) {
            if (!putKeyPosition(key, position)) {
                throw new DuplicateKeyError(this, collection, getKeys(), key);
            }
        }
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return map.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return map.putIfAbsent(key, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return map.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue key) {
        return map.get(key);
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}

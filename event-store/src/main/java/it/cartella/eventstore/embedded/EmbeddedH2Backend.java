package it.cartella.eventstore.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * mongo-java-server's H2 backend with value-ordered unique indexes and documents stored as BSON
 * ({@link EmbeddedH2Database}), and commits that never cut a write in half.
 * <p>
 * mongo-java-server applies one write as several changes to the file's maps (the document, then each index entry).
 * H2's own background commit, on its own thread, may store the file between them; after a {@code kill -9} right
 * then, the document is on disk without its unique-index entry, invisible to every lookup by that key, for ever (the
 * kill test found exactly that: a voided range of positions stored without its index entries, on which every tracking
 * processor then waited). So the background commit is off (EmbeddedMongoServer), and every commit takes a write lock
 * that waits for the writes in progress; writes share a read lock among themselves; reads take no lock.
 * <p>
 * Every command also registers, for as long as it runs, the store version it reads ({@code registerVersionUsage}, the
 * way H2's own transactions do): H2 then frees no chunk that version still needs. Without it only the last few
 * versions are protected, and with a commit per command flush (and compactions freeing old chunks) a long scan could
 * find a page's chunk freed and overwritten under it. The server answers each query whole within one message (its
 * cursors hold the documents in memory), so protecting the message protects the read.
 */
final class EmbeddedH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify",
            "createindexes", "create", "drop", "dropdatabase", "dropindexes", "renamecollection");

    private final ReadWriteLock writes = new ReentrantReadWriteLock();

    private final AtomicLong compactions = new AtomicLong();

    /** Filled while the stock constructor opens the databases, before any field initializer would run: none here. */
    private Set<String> rebuilt;

    /** The collections whose documents were rewritten from Java serialization to BSON while opening; as above. */
    private Set<String> convertedToBson;

    /** Opens the store's databases, rebuilding the indexes written in the stock order. */
    EmbeddedH2Backend(MVStore store) {
        super(store);
    }

    /** Every command of the driver Cartella uses arrives as one message (OP_MSG), named by its first key. */
    @Override
    public Document handleMessage(MongoMessage message) {
        String command = message.getDocument().keySet().stream().findFirst().orElse("");
        MVStore.TxCounter reading = getMvStore().registerVersionUsage();
        try {
            if (!WRITES.contains(command.toLowerCase(Locale.ROOT))) {
                return super.handleMessage(message);
            }
            writes.readLock().lock();
            try {
                return super.handleMessage(message);
            } finally {
                writes.readLock().unlock();
            }
        } finally {
            getMvStore().deregisterVersionUsage(reading);
        }
    }

    /** Writes every whole write applied so far to the file (the OS page cache): what survives a kill -9. */
    void commitWholeWrites() {
        writes.writeLock().lock();
        try {
            MVStore store = getMvStore();
            if (!store.isClosed()) {
                store.commit();
            }
        } finally {
            writes.writeLock().unlock();
        }
    }

    /**
     * Commits, then rewrites the live pages of the emptiest chunks if the file holds too much dead space, and commits
     * them: all under the write lock, so that, like every commit here, the ones of the compaction store only whole
     * writes. Rewritten pages reach the file as a new chunk before the chunks they leave are freed (at a later
     * commit), so a kill -9 at any moment finds either the old chunks or the new one, both complete.
     *
     * @return whether the run rewrote anything
     */
    boolean commitAndCompactWholeWrites(FileCompaction policy) {
        writes.writeLock().lock();
        try {
            MVStore store = getMvStore();
            if (store.isClosed()) {
                return false;
            }
            store.commit();
            if (!store.compact(policy.targetFillPercent(), policy.rewriteBytes())) {
                return false;
            }
            store.commit();
            compactions.incrementAndGet();
            return true;
        } finally {
            writes.writeLock().unlock();
        }
    }

    /** The file's size, its live data and the compactions so far; an estimate read without stopping writes. */
    FileUsage fileUsage() {
        FileStore<?> file = getMvStore().getFileStore();
        long size = file.size();
        long inChunks = size * file.getFillRate() / 100;
        return new FileUsage(size, inChunks * file.getChunksFillRate() / 100, compactions.get());
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return EmbeddedH2Database.open(databaseName, this, getCursorRegistry());
    }

    synchronized void convertedToBson(String collectionFullName) {
        if (convertedToBson == null) {
            convertedToBson = new HashSet<>();
        }
        convertedToBson.add(collectionFullName);
    }

    /** The collections ("database.collection") this backend rewrote to BSON when it opened the store. */
    synchronized Set<String> collectionsConvertedToBson() {
        return convertedToBson == null ? Set.of() : Set.copyOf(convertedToBson);
    }

    synchronized void rebuilding(String mapName) {
        if (rebuilt == null) {
            rebuilt = new HashSet<>();
        }
        rebuilt.add(mapName);
    }

    /**
     * Lists the indexes rebuilt while opening as complete, then commits: call it once the backend is constructed
     * (the stock constructor opens every existing database, and so rebuilds their indexes, before it returns).
     */
    synchronized void markRebuiltIndexes() {
        if (rebuilt == null || rebuilt.isEmpty()) {
            return;
        }
        MVMap<String, Boolean> ordered = getMvStore().openMap(EmbeddedH2Database.ORDERED_MAPS);
        rebuilt.forEach(name -> ordered.put(name, Boolean.TRUE));
        rebuilt.clear();
        getMvStore().commit();
    }
}

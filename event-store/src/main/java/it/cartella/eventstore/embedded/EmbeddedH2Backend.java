package it.cartella.eventstore.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.HashSet;
import java.util.Set;

/** mongo-java-server's H2 backend with value-ordered unique indexes ({@link EmbeddedH2Database}). */
final class EmbeddedH2Backend extends H2Backend {

    /** Filled while the stock constructor opens the databases, before any field initializer would run: none here. */
    private Set<String> rebuilt;

    /** Opens the store's databases, rebuilding the indexes written in the stock order. */
    EmbeddedH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return EmbeddedH2Database.open(databaseName, this, getCursorRegistry());
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

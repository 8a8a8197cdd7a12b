package it.cartella.query.indicator;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

import java.util.List;
import java.util.Objects;

/**
 * The facts each indicator version reads, one collection per version, so computing a version reads only its own
 * facts. New facts arrive here from the fact projection (incremental); the facts stored before a version was defined
 * arrive from its back-fill. Both write a fact under its own id, so a fact delivered by both is stored once.
 */
public class IndicatorRows {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoDatabase database;
    private final IndicatorCatalog catalog;
    private volatile long seenStamp = -1;
    private volatile List<IndicatorDefinition> versions = List.of();

    public IndicatorRows(MongoDatabase database, IndicatorCatalog catalog) {
        this.database = Objects.requireNonNull(database, "database");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * Routes a new fact to every version that reads it. The fact is stored before the stamp is read and a version is
     * stored before its back-fill starts, so a fact is either seen by the back-fill or routed here: never lost.
     */
    void accept(Fact fact) {
        long stamp = catalog.stamp();
        if (stamp != seenStamp) {
            versions = catalog.allVersions();
            seenStamp = stamp;
        }
        for (IndicatorDefinition version : versions) {
            if (version.computation().reads(fact)) {
                write(version.key(), fact);
            }
        }
    }

    void write(String key, Fact fact) {
        database.getCollection(collection(key)).replaceOne(Filters.eq("_id", fact.id()), fact.toDocument(), UPSERT);
    }

    /** The facts stored for a version (the HTTP side reads them reactively, see {@link IndicatorQueries}). */
    List<Fact> facts(String key) {
        return database.getCollection(collection(key)).find().map(Fact::from).into(new java.util.ArrayList<>());
    }

    void clearAll() {
        catalog.allVersions().forEach(v -> database.getCollection(collection(v.key())).drop());
    }

    public static String collection(String key) {
        return "indicator_rows_" + key.replace('@', '_');
    }
}

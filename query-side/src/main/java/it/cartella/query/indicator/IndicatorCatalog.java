package it.cartella.query.indicator;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import it.cartella.kernel.error.DomainException;
import org.bson.Document;

import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The stored indicator versions (sync driver: used by the back-fill and the fact projection). A version is never
 * changed once stored: a new definition is a new version. A stamp counts the versions added, so the fact projection
 * can tell cheaply, by {@code _id}, when it must reload them.
 */
public class IndicatorCatalog {

    static final String DEFINITIONS = "indicator_definitions";
    static final String STAMP = "indicator_catalog_stamp";

    private final MongoCollection<Document> definitions;
    private final MongoCollection<Document> stamp;

    public IndicatorCatalog(MongoDatabase database) {
        Objects.requireNonNull(database, "database");
        this.definitions = database.getCollection(DEFINITIONS);
        this.stamp = database.getCollection(STAMP);
    }

    /** Adds the definition as the indicator's next version (1 for a new indicator), back-fill pending. */
    public IndicatorDefinition addVersion(IndicatorDefinition definition) {
        int next = versions(definition.id()).stream().mapToInt(IndicatorDefinition::version).max().orElse(0) + 1;
        return store(definition.withVersion(next));
    }

    /** Stores a definition with the version it states, unless that version is already stored. */
    public Optional<IndicatorDefinition> addIfAbsent(IndicatorDefinition definition) {
        if (definitions.find(Filters.eq("_id", definition.key())).first() != null) {
            return Optional.empty();
        }
        return Optional.of(store(definition));
    }

    private IndicatorDefinition store(IndicatorDefinition definition) {
        try {
            definitions.insertOne(new Document("_id", definition.key()).append("id", definition.id())
                    .append("version", definition.version()).append("plan", definition.plan())
                    .append("definedAt", new Date()).append("definition", IndicatorJson.write(definition))
                    .append("backfill", backfill(BackfillStatus.State.RUNNING, 0, 0)));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw DomainException.conflict("INDICATOR_VERSION_TAKEN",
                        "Un'altra versione è stata appena definita: riprovare.",
                        "Another version was just defined: try again.");
            }
            throw e;
        }
        stamp.findOneAndUpdate(Filters.eq("_id", "versions"), Updates.inc("n", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return definition;
    }

    public List<IndicatorDefinition> versions(String id) {
        return StreamSupport.stream(definitions.find(Filters.eq("id", id)).spliterator(), false)
                .map(IndicatorCatalog::definition)
                .sorted(Comparator.comparing(IndicatorDefinition::version)).toList();
    }

    public List<IndicatorDefinition> allVersions() {
        return StreamSupport.stream(definitions.find().spliterator(), false).map(IndicatorCatalog::definition).toList();
    }

    public List<BackfillStatus> unfinishedBackfills() {
        return StreamSupport.stream(definitions.find().spliterator(), false).map(IndicatorCatalog::status)
                .filter(s -> s.state() != BackfillStatus.State.DONE).toList();
    }

    public void progress(String key, BackfillStatus.State state, long processed, long total) {
        definitions.updateOne(Filters.eq("_id", key), Updates.set("backfill", backfill(state, processed, total)));
    }

    public long stamp() {
        Document current = stamp.find(Filters.eq("_id", "versions")).first();
        return current == null ? 0 : current.getLong("n");
    }

    static IndicatorDefinition definition(Document stored) {
        return IndicatorJson.definition(stored.getString("definition"));
    }

    static BackfillStatus status(Document stored) {
        Document backfill = stored.get("backfill", Document.class);
        return new BackfillStatus(stored.getString("_id"), BackfillStatus.State.valueOf(backfill.getString("state")),
                backfill.getLong("processed"), backfill.getLong("total"));
    }

    private static Document backfill(BackfillStatus.State state, long processed, long total) {
        return new Document("state", state.name()).append("processed", processed).append("total", total);
    }
}

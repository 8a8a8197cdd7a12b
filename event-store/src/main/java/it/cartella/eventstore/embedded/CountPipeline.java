package it.cartella.eventstore.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.bson.Document;

import java.util.List;

/**
 * The pipeline of the driver's {@code countDocuments} ({@code $match}, then {@code $skip} and {@code $limit} if asked,
 * then a {@code $group} counting into {@code n}), answered by counting the query's matches the way a {@code find}
 * finds them, through the indexes ({@link EmbeddedH2Collection}). The stock server runs every pipeline over the whole
 * collection, even one that starts with a {@code $match} an index could narrow: a page of the case list then read
 * every case of every Comune twice, once for the page and once for its total.
 */
final class CountPipeline {

    private static final Document COUNT_GROUP = new Document("_id", 1).append("n", new Document("$sum", 1));

    private final Document match;
    private final int skip;
    private final int limit;

    private CountPipeline(Document match, int skip, int limit) {
        this.match = match;
        this.skip = skip;
        this.limit = limit;
    }

    /** The count the {@code aggregate} command asks for, or null when it asks for something else. */
    static CountPipeline of(Document aggregateCommand) {
        if (aggregateCommand.containsKey("explain") || !(aggregateCommand.get("pipeline") instanceof List<?> stages)
                || stages.size() < 2 || stages.size() > 4) {
            return null;
        }
        if (!(stage(stages.get(0), "$match") instanceof Document match)
                || !COUNT_GROUP.equals(stage(stages.get(stages.size() - 1), "$group"))) {
            return null;
        }
        int skip = 0;
        int limit = 0;
        for (Object stage : stages.subList(1, stages.size() - 1)) {
            if (stage(stage, "$skip") instanceof Integer n && n >= 0 && skip == 0 && limit == 0) {
                skip = n;
            } else if (stage(stage, "$limit") instanceof Integer n && n > 0 && limit == 0) {
                limit = n;
            } else {
                return null;
            }
        }
        return new CountPipeline(match, skip, limit);
    }

    private static Object stage(Object stage, String name) {
        return stage instanceof Document document && document.size() == 1 ? document.get(name) : null;
    }

    /** The reply the stock pipeline gives: one document {@code {_id: 1, n}}, or none when nothing matches. */
    Document answer(String namespace, MongoCollection<?> collection) {
        int count = collection == null ? 0 : collection.count(match, skip, limit);
        List<Document> batch = count == 0 ? List.of() : List.of(new Document("_id", 1).append("n", count));
        Document cursor = new Document("id", 0L).append("ns", namespace).append("firstBatch", batch);
        return new Document("cursor", cursor).append("ok", 1.0);
    }
}

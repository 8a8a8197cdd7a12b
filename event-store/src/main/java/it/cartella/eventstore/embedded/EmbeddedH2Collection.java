package it.cartella.eventstore.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

import java.util.stream.Stream;

/**
 * mongo-java-server's H2 collection whose sorted queries extract each document's sort values once
 * ({@link SortValuesComparator}) instead of at every comparison. The stock comparator looks each sort field up
 * again (splitting its path) twice per comparison: under the HTTP load at 50,000 events, half of all CPU samples
 * were that comparator, sorting the few thousand cases of a list page, under the collection's lock.
 */
final class EmbeddedH2Collection extends H2Collection {

    EmbeddedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                         MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, collectionName, options, documents, meta, cursors);
    }

    @Override
    protected QueryResult matchDocumentsFromStream(Stream<Document> documents, Document query, Document orderBy,
                                                   int numberToSkip, int limit, int batchSize,
                                                   Document fieldSelector) {
        if (!SortValuesComparator.handles(orderBy)) {
            return super.matchDocumentsFromStream(documents, query, orderBy, numberToSkip, limit, batchSize,
                    fieldSelector);
        }
        return matchDocumentsFromStream(query, documents, numberToSkip, limit, batchSize,
                new SortValuesComparator(orderBy), fieldSelector);
    }
}

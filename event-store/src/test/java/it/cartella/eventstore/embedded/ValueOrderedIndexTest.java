package it.cartella.eventstore.embedded;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server's unique indexes, ordered by value: a data file written by the stock H2 backend (keys in
 * serialized order) is read correctly after its indexes are rebuilt, uniqueness still holds, and so across restarts.
 */
class ValueOrderedIndexTest {

    private static final int DOCUMENTS = 500;

    @Test
    void aFileWrittenByTheStockBackendIsFoundByKeyAfterItsIndexesAreRebuilt(@TempDir Path dataDir) {
        writeWithTheStockBackend(dataDir);
        for (int life = 0; life < 2; life++) {
            int restart = life;
            try (EmbeddedMongoServer server = EmbeddedMongoServer.startPersistent(dataDir, "127.0.0.1", 0);
                 MongoClient client = MongoClients.create(server.connectionString())) {
                MongoCollection<Document> items = client.getDatabase("db").getCollection("items");
                assertEveryDocumentIsFoundByEachKey(items, DOCUMENTS + restart);
                assertThatThrownBy(() -> items.insertOne(new Document("_id", "other-" + restart).append("code", code(2))))
                        .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(
                                e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
                assertThatThrownBy(() -> items.insertOne(new Document("_id", "item-3").append("code", -1L)))
                        .isInstanceOf(MongoWriteException.class);
                items.insertOne(item(DOCUMENTS + restart));
                server.durabilityBarrier().awaitDurable();
            }
        }
    }

    @Test
    void aNewStoreFindsKeysOfMixedTypesAndKeepsThemUnique(@TempDir Path dataDir) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startPersistent(dataDir, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> items = client.getDatabase("db").getCollection("mixed");
            items.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            List<Object> keys = List.of("b", "a", 10L, 2L, -5L, 3.5, "ab", "");
            for (int i = 0; i < keys.size(); i++) {
                items.insertOne(new Document("_id", i).append("key", keys.get(i)));
            }
            for (int i = 0; i < keys.size(); i++) {
                assertThat(items.find(Filters.eq("key", keys.get(i))).first()).as("key %s", keys.get(i))
                        .isNotNull().extracting(d -> d.get("_id")).isEqualTo(i);
            }
            assertThat(items.find(Filters.in("key", List.of(2L, "ab", 99L))).into(new ArrayList<>())).hasSize(2);
            assertThatThrownBy(() -> items.insertOne(new Document("_id", 100).append("key", "ab")))
                    .isInstanceOf(MongoWriteException.class);
        }
    }

    @Test
    void aUniqueIndexOverRepeatedValuesIsRefusedAndArraysGiveAKeyPerElement(@TempDir Path dataDir) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startPersistent(dataDir, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> items = client.getDatabase("db").getCollection("repeated");
            items.insertOne(new Document("_id", 1).append("code", "x"));
            items.insertOne(new Document("_id", 2).append("code", "x"));
            assertThatThrownBy(() -> items.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true)))
                    .isInstanceOf(MongoException.class).hasMessageContaining("duplicate key");
            items.insertOne(new Document("_id", 3).append("code", "x"));
            assertThat(items.countDocuments(Filters.eq("code", "x"))).isEqualTo(3);

            MongoCollection<Document> ranges = client.getDatabase("db").getCollection("ranges");
            ranges.createIndex(Indexes.ascending("covers"), new IndexOptions().unique(true));
            ranges.insertOne(new Document("_id", 1).append("covers", List.of(1L, 2L, 3L)));
            assertThat(ranges.find(Filters.eq("covers", 2L)).first()).isNotNull();
            assertThatThrownBy(() -> ranges.insertOne(new Document("_id", 2).append("covers", List.of(4L, 3L))))
                    .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(
                            e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
            assertThat(ranges.find(Filters.eq("covers", 4L)).first()).as("a refused insert leaves no key").isNull();
            ranges.insertOne(new Document("_id", 3).append("covers", List.of(4L, 5L)));
            assertThat(ranges.countDocuments()).isEqualTo(2);
        }
    }

    private static void writeWithTheStockBackend(Path dataDir) {
        try (StockH2Server server = StockH2Server.onDataDirectory(dataDir);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> items = client.getDatabase("db").getCollection("items");
            items.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            IntStream.range(0, DOCUMENTS).forEach(i -> items.insertOne(item(i)));
        }
    }

    /** Codes are spread so that serialized order and numeric order differ (negative numbers, different lengths). */
    private static Document item(int i) {
        return new Document("_id", "item-" + i).append("code", code(i));
    }

    private static long code(int i) {
        return (i % 2 == 0 ? 1 : -1) * (long) i * 7919L;
    }

    private static void assertEveryDocumentIsFoundByEachKey(MongoCollection<Document> items, int count) {
        for (int i = 0; i < count; i++) {
            assertThat(items.find(Filters.eq("code", code(i))).first()).as("by code %d", i)
                    .isNotNull().extracting(d -> d.get("_id")).isEqualTo("item-" + i);
            assertThat(items.find(Filters.eq("_id", "item-" + i)).first()).as("by id %d", i).isNotNull();
        }
        List<Long> some = List.of(code(1), code(2), code(count - 1));
        assertThat(items.find(Filters.in("code", some)).into(new ArrayList<>())).hasSize(3);
        assertThat(items.countDocuments()).isEqualTo(count);
    }
}

package it.cartella.eventstore.embedded;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonJavaScript;
import org.bson.BsonMaxKey;
import org.bson.BsonMinKey;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonRegularExpression;
import org.bson.BsonString;
import org.bson.BsonTimestamp;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server's documents stored as BSON, through the real driver: every value type survives restarts, and a
 * data directory written by the stock backend (documents in Java serialization) is converted once, losing nothing,
 * also when a conversion was interrupted.
 */
class BsonDocumentStoreTest {

    private static final String ITEMS_MAP = BsonDataMaps.DATA_MAP_PREFIX + "db.items";
    private static final int DOCUMENTS = 300;

    @Test
    void everyValueTypeComesBackEqualAcrossRestartsAndIsStoredAsBson(@TempDir Path dataDir) {
        BsonDocument stored = everyBsonValue();
        runServer(dataDir, items -> items.withDocumentClass(BsonDocument.class).insertOne(stored));

        for (int restart = 0; restart < 2; restart++) {
            runServer(dataDir, items -> {
                assertThat(items.withDocumentClass(BsonDocument.class).find(Filters.eq("_id", "every-type")).first())
                        .isEqualTo(stored);
                items.updateOne(Filters.eq("_id", "other"), new Document("$inc", new Document("n", 1)),
                        new UpdateOptions().upsert(true));
            });
        }

        withRawStore(dataDir, store -> {
            assertThat(store.openMap(BsonDataMaps.REGISTRY)).containsKey(ITEMS_MAP);
            // The map's root, a leaf here, is read as the map opens.
            assertThatThrownBy(() -> store.openMap(ITEMS_MAP).get("every-type"))
                    .as("BSON on disk, which the stock type rejects")
                    .isInstanceOf(MVStoreException.class).hasMessageContaining("Unknown tag");
        });
    }

    @Test
    void aStoreWithJavaSerializedDocumentsIsConvertedOnceAndKeepsEveryDocument(@TempDir Path dataDir) {
        writeWithTheStockBackend(dataDir);

        EmbeddedH2Backend converting = openBackend(dataDir);
        assertThat(converting.collectionsConvertedToBson()).contains("db.items", "db.others");
        converting.close();

        withRawStore(dataDir, store -> {
            assertThat(store.openMap(BsonDataMaps.REGISTRY)).containsKeys(ITEMS_MAP, "databases.db.others");
            MVMap<Object, Object> stockView = store.openMap(ITEMS_MAP);
            assertThatThrownBy(() -> stockView.get(id(DOCUMENTS - 1))).isInstanceOf(MVStoreException.class);
        });
        runServer(dataDir, BsonDocumentStoreTest::assertEveryDocumentIsFoundByIdAndByCode);

        EmbeddedH2Backend reopened = openBackend(dataDir);
        assertThat(reopened.collectionsConvertedToBson()).as("listed as converted: not converted again").isEmpty();
        reopened.close();
    }

    @Test
    void anInterruptedConversionLosesNothingAndIsFinishedAtTheNextStart(@TempDir Path dataDir) {
        writeWithTheStockBackend(dataDir);
        // What a crash leaves after one of the conversion's intermediate commits: the first half rewritten, the map
        // not listed.
        withRawStore(dataDir, store -> {
            MVMap<Object, de.bwaldvogel.mongo.bson.Document> map = store.openMap(ITEMS_MAP,
                    new MVMap.Builder<Object, de.bwaldvogel.mongo.bson.Document>().valueType(new BsonDocumentType()));
            Cursor<Object, de.bwaldvogel.mongo.bson.Document> cursor = map.cursor(null);
            for (int i = 0; i < DOCUMENTS / 2; i++) {
                map.put(cursor.next(), cursor.getValue());
            }
            store.commit();
        });
        withRawStore(dataDir, store -> {
            MVMap<Object, Object> stockView = store.openMap(ITEMS_MAP);
            assertThat(stockView.lastKey()).as("the last half is still in the stock format")
                    .isNotNull().extracting(stockView::get).isNotNull();
            assertThatThrownBy(() -> stockView.get(stockView.firstKey())).as("the first half is BSON")
                    .isInstanceOf(MVStoreException.class);
            assertThat(store.openMap(BsonDataMaps.REGISTRY)).doesNotContainKey(ITEMS_MAP);
        });

        EmbeddedH2Backend resuming = openBackend(dataDir);
        assertThat(resuming.collectionsConvertedToBson()).contains("db.items");
        resuming.close();

        runServer(dataDir, BsonDocumentStoreTest::assertEveryDocumentIsFoundByIdAndByCode);
        withRawStore(dataDir, store -> {
            MVMap<Object, Object> stockView = store.openMap(ITEMS_MAP);
            assertThatThrownBy(() -> stockView.get(stockView.lastKey())).isInstanceOf(MVStoreException.class);
        });
    }

    @Test
    void aDroppedCollectionLeavesTheList(@TempDir Path dataDir) {
        runServer(dataDir, items -> {
            items.insertOne(item(1));
            items.drop();
        });

        withRawStore(dataDir, store -> assertThat(store.openMap(BsonDataMaps.REGISTRY)).doesNotContainKey(ITEMS_MAP));
    }

    private static void assertEveryDocumentIsFoundByIdAndByCode(MongoCollection<Document> items) {
        for (int i = 0; i < DOCUMENTS; i++) {
            assertThat(items.find(Filters.eq("_id", id(i))).first()).as("by _id %d", i).isEqualTo(item(i));
            assertThat(items.find(Filters.eq("code", code(i))).first()).as("by code %d", i).isEqualTo(item(i));
        }
        assertThat(items.countDocuments()).isEqualTo(DOCUMENTS);
        assertThatThrownBy(() -> items.insertOne(new Document("_id", "other").append("code", code(5))))
                .isInstanceOfSatisfying(MongoWriteException.class,
                        e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
    }

    private static void writeWithTheStockBackend(Path dataDir) {
        try (StockH2Server server = StockH2Server.onDataDirectory(dataDir);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> items = client.getDatabase("db").getCollection("items");
            items.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            IntStream.range(0, DOCUMENTS).forEach(i -> items.insertOne(item(i)));
            client.getDatabase("db").getCollection("others").insertOne(new Document("_id", 1));
        }
    }

    private static void runServer(Path dataDir, Consumer<MongoCollection<Document>> work) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startPersistent(dataDir, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            work.accept(client.getDatabase("db").getCollection("items"));
            server.durabilityBarrier().awaitDurable();
        }
    }

    private static EmbeddedH2Backend openBackend(Path dataDir) {
        EmbeddedH2Backend backend =
                new EmbeddedH2Backend(EmbeddedMongoServer.openStore(dataDir.resolve(EmbeddedMongoServer.DATA_FILE)));
        backend.markRebuiltIndexes();
        return backend;
    }

    private static void withRawStore(Path dataDir, Consumer<MVStore> work) {
        MVStore store = EmbeddedMongoServer.openStore(dataDir.resolve(EmbeddedMongoServer.DATA_FILE));
        try {
            work.accept(store);
        } finally {
            store.close();
        }
    }

    private static String id(int i) {
        return "item-" + i;
    }

    /** Codes are spread so that serialized order and numeric order differ (negative numbers, different lengths). */
    private static long code(int i) {
        return (i % 2 == 0 ? 1 : -1) * (long) i * 7919L;
    }

    private static Document item(int i) {
        return new Document("_id", id(i)).append("code", code(i))
                .append("name", "Item " + i + " è").append("count", i).append("ratio", i / 7.0)
                .append("active", i % 3 == 0).append("missingValue", null)
                .append("openedAt", new Date(1_700_000_000_000L + i))
                .append("ref", new ObjectId(new Date(1_700_000_000_000L), i))
                .append("amount", new Decimal128(new BigDecimal(i + ".25")))
                .append("bytes", new Binary(new byte[] {(byte) i, 1, 2}))
                .append("tags", List.of("a", "b" + i))
                .append("address", new Document("city", "Roma").append("zip", 100 + i));
    }

    private static BsonDocument everyBsonValue() {
        return new BsonDocument("_id", new BsonString("every-type"))
                .append("objectId", new BsonObjectId(new ObjectId("5a5a5a5a5a5a5a5a5a5a5a5a")))
                .append("string", new BsonString("città, 東京, \u0000 inside"))
                .append("int", new BsonInt32(Integer.MIN_VALUE))
                .append("long", new BsonInt64(Long.MAX_VALUE))
                .append("double", new BsonDouble(-1.5e300))
                .append("true", BsonBoolean.TRUE)
                .append("false", BsonBoolean.FALSE)
                .append("null", BsonNull.VALUE)
                .append("date", new BsonDateTime(1_700_000_000_123L))
                .append("binary", new BsonBinary(new byte[] {0, 1, -1, 127}))
                .append("uuid", new BsonBinary(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")))
                .append("legacyUuid", new BsonBinary(BsonBinarySubType.UUID_LEGACY, new byte[] {
                        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}))
                .append("decimal", new BsonDecimal128(new Decimal128(new BigDecimal("-12345.6789"))))
                .append("timestamp", new BsonTimestamp(1_700_000_000, 7))
                .append("regex", new BsonRegularExpression("^a.*z$", "i"))
                .append("code", new BsonJavaScript("function() { return 1; }"))
                .append("min", new BsonMinKey())
                .append("max", new BsonMaxKey())
                .append("array", new BsonArray(new ArrayList<>(List.of(new BsonInt32(1), new BsonString("two"),
                        new BsonDocument("three", new BsonDouble(3.0)), new BsonArray()))))
                .append("nested", new BsonDocument("level", new BsonInt32(1))
                        .append("deeper", new BsonDocument("empty", new BsonDocument())));
    }
}

package it.cartella.eventstore.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the embedded server's ids and index entries are written: BSON instead of Java serialization, old form read. */
class BsonValueTypeTest {

    private static final byte JAVA_SERIALIZED = 19;

    private final BsonValueType type = new BsonValueType();

    @Test
    void idsAreOrderedExactlyAsTheStockTypeOrdersThem() {
        ObjectDataType stock = new ObjectDataType();
        Random random = new Random(20261123);
        List<Object> values = new ArrayList<>(List.of("", "a", "A", "é", "\uD83D\uDE00", "case-10", "case-9",
                Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE, 1, 1.0, true));
        for (int i = 0; i < 300; i++) {
            values.add(random.nextBoolean() ? random.nextLong() >> random.nextInt(64)
                    : random.ints(random.nextInt(6), 0x20, 0x2FF).collect(StringBuilder::new,
                    StringBuilder::appendCodePoint, StringBuilder::append).toString());
        }
        for (Object a : values) {
            for (Object b : values) {
                assertThat(Integer.signum(type.compare(a, b))).as(a + " vs " + b)
                        .isEqualTo(Integer.signum(stock.compare(a, b)));
            }
        }
    }

    @Test
    void anIndexKeyOfEveryKindOfValueComesBackEqualWithoutJavaSerialization() {
        KeyValue key = new KeyValue("città", 7, Long.MIN_VALUE, -0.0, true, null, Missing.getInstance(),
                Instant.ofEpochMilli(1_700_000_000_123L), objectId(), new Document("nested", List.of(1, "two")),
                new ArrayList<>(List.of(3L, new Document("four", 4.0))), new BinData(new byte[] {0, -1}),
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), new Decimal128(new BigDecimal("-1.25")));

        ByteBuffer written = write(key, key);

        assertThat(written.get(0)).isEqualTo(BsonValueType.KEY_VALUE_TAG);
        for (int copy = 0; copy < 2; copy++) {
            KeyValue read = (KeyValue) type.read(written);
            assertThat(read).isEqualTo(key);
            assertThat(read.stream().map(value -> value == null ? null : value.getClass()).toList())
                    .as("type for type").isEqualTo(key.stream().map(v -> v == null ? null : v.getClass()).toList());
        }
        assertThat(written.hasRemaining()).as("each read consumed exactly one entry").isFalse();
    }

    @Test
    void aKeyIsWrittenAsTheBytesOfTheDocumentOfItsPresentValues() {
        List<KeyValue> keys = List.of(new KeyValue("case-1:0"), new KeyValue(42.0), new KeyValue(new ObjectId()),
                new KeyValue(Missing.getInstance(), "b", Missing.getInstance(), 7L),
                new KeyValue(List.of(1, "x"), new Document("a", 1).append("b", List.of(true))),
                new KeyValue(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, "eleventh"));
        for (KeyValue key : keys) {
            Document present = new Document();
            for (int i = 0; i < key.size(); i++) {
                if (!(key.get(i) instanceof Missing)) {
                    present.put(Integer.toString(i), key.get(i));
                }
            }
            ByteBuf expected = Unpooled.buffer();
            BsonEncoder.encodeDocument(present, expected);
            ByteBuf written = Unpooled.buffer();
            BsonValueType.encodePresentValues(key, written);
            assertThat(ByteBufUtil.getBytes(written)).as("%s", key).isEqualTo(ByteBufUtil.getBytes(expected));
        }
    }

    @Test
    void anObjectIdAndMissingAreWrittenAsBsonAndNumbersAndStringsAsBefore() {
        ObjectId id = objectId();

        assertThat(write(id).get(0)).isEqualTo(BsonValueType.VALUE_TAG);
        assertThat(type.read(write(id))).isEqualTo(id);
        assertThat(type.read(write(Missing.getInstance()))).isSameAs(Missing.getInstance());
        for (Object stock : List.of(42L, 7, "case-1", 2.5)) {
            ByteBuffer written = write(stock);
            ByteBuffer stockForm = writeStock(stock);
            assertThat(written).as("%s in the stock form", stock).isEqualTo(stockForm);
            assertThat(type.read(written)).isEqualTo(stock);
        }
    }

    @Test
    void entriesWrittenWithJavaSerializationAreStillRead() {
        KeyValue key = new KeyValue("case-1", 3L, Missing.getInstance());
        ObjectId id = objectId();
        WriteBuffer buffer = new WriteBuffer();
        new ObjectDataType().write(buffer, key);
        new ObjectDataType().write(buffer, id);
        type.write(buffer, key);
        ByteBuffer mixed = buffer.getBuffer().flip();

        assertThat(mixed.get(0)).isEqualTo(JAVA_SERIALIZED);
        KeyValue old = (KeyValue) type.read(mixed);
        assertThat(old.get(0)).isEqualTo("case-1");
        assertThat(old.get(1)).isEqualTo(3L);
        assertThat(old.get(2)).isInstanceOf(Missing.class);
        assertThat(type.read(mixed)).isEqualTo(id);
        assertThat(type.read(mixed)).isEqualTo(key);
        assertThat(mixed.hasRemaining()).isFalse();
    }

    @Test
    void aKeyTheBsonCodecCannotWriteIsStoredInTheStockFormatRatherThanFailingTheCommit() {
        KeyValue key = new KeyValue("ratio", 0.5f);

        ByteBuffer written = write(key);

        assertThat(written.get(0)).isEqualTo(JAVA_SERIALIZED);
        assertThat(type.read(written)).isEqualTo(key);
    }

    @Test
    void theStockTypeRejectsTheNewEntriesInsteadOfMisreadingThem() {
        for (Object value : List.of(new KeyValue("a"), objectId(), Missing.getInstance())) {
            assertThatThrownBy(() -> new ObjectDataType().read(write(value))).isInstanceOf(MVStoreException.class)
                    .hasMessageContaining("Unknown tag");
        }
    }

    @Test
    void theMemoryEstimateFollowsTheKeyNotTheStockDefault() {
        KeyValue small = new KeyValue(1L);
        KeyValue large = new KeyValue("x".repeat(5_000), 1L);

        assertThat(type.getMemory(small)).isBetween(1, 200);
        assertThat(type.getMemory(large)).isGreaterThan(5_000);
    }

    /**
     * Java serialization names the class of what it writes in every entry: a store written by this type holds no
     * index key and no ObjectId in that form. Found again by key and by id after a restart.
     */
    @Test
    void aStoreKeepsItsIndexKeysAndIdsOutOfJavaSerializationAcrossRestarts(@TempDir Path dataDir) throws IOException {
        List<org.bson.types.ObjectId> ids = new ArrayList<>();
        for (int life = 0; life < 2; life++) {
            try (EmbeddedMongoServer server = EmbeddedMongoServer.startPersistent(dataDir, "127.0.0.1", 0);
                 MongoClient client = MongoClients.create(server.connectionString())) {
                MongoCollection<org.bson.Document> items = client.getDatabase("db").getCollection("items");
                items.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
                for (int i = 0; i < ids.size(); i++) {
                    assertThat(items.find(Filters.eq("code", "code-" + i)).first()).as("by code %d", i).isNotNull()
                            .extracting(d -> d.get("_id")).isEqualTo(ids.get(i));
                    assertThat(items.find(Filters.eq("_id", ids.get(i))).first()).as("by id %d", i).isNotNull();
                }
                for (int i = ids.size(), end = ids.size() + 200; i < end; i++) {
                    org.bson.types.ObjectId id = new org.bson.types.ObjectId();
                    items.insertOne(new org.bson.Document("_id", id).append("code", "code-" + i));
                    ids.add(id);
                }
                server.durabilityBarrier().awaitDurable();
            }
        }
        byte[] file = Files.readAllBytes(dataDir.resolve(EmbeddedMongoServer.DATA_FILE));
        assertThat(contains(file, KeyValue.class.getName())).as("a Java-serialized index key in the file").isFalse();
        assertThat(contains(file, ObjectId.class.getName())).as("a Java-serialized ObjectId in the file").isFalse();
    }

    private static boolean contains(byte[] file, String text) {
        byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + wanted.length <= file.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (file[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static ObjectId objectId() {
        byte[] bytes = new byte[12];
        Arrays.fill(bytes, (byte) 0x5a);
        return new ObjectId(bytes);
    }

    private ByteBuffer write(Object... values) {
        WriteBuffer buffer = new WriteBuffer();
        for (Object value : values) {
            type.write(buffer, value);
        }
        return buffer.getBuffer().flip();
    }

    private static ByteBuffer writeStock(Object value) {
        WriteBuffer buffer = new WriteBuffer();
        new ObjectDataType().write(buffer, value);
        return buffer.getBuffer().flip();
    }
}

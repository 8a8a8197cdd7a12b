package it.cartella.eventstore.embedded;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The BSON value type of the data maps, on its own: what it writes, what it reads back, what it accepts. */
class BsonDocumentTypeTest {

    private final BsonDocumentType type = new BsonDocumentType();

    @Test
    void everyValueTypeTheServerStoresComesBackEqualAsBson() {
        Document document = everyValueType();

        ByteBuffer written = write(document, document);

        assertThat(written.get(0)).as("BSON, not the stock format").isEqualTo(BsonDocumentType.BSON_TAG);
        assertSameDocument(type.read(written), document);
        assertSameDocument(type.read(written), document);
        assertThat(written.hasRemaining()).as("each read consumed exactly one value").isFalse();
    }

    @Test
    void aValueInTheStockFormatIsStillRead() {
        Document document = everyValueType();
        WriteBuffer buffer = new WriteBuffer();
        new ObjectDataType().write(buffer, document);
        buffer.put(write(document));

        ByteBuffer mixed = buffer.getBuffer().flip();

        assertSameDocument(type.read(mixed), document);
        assertSameDocument(type.read(mixed), document);
        assertThat(mixed.hasRemaining()).isFalse();
    }

    @Test
    void aDocumentTheBsonCodecCannotWriteIsStoredInTheStockFormatRatherThanFailingTheCommit() {
        Document document = new Document("_id", 1).append("ratio", 0.5f).append("nested", new Document("n", (short) 3));

        ByteBuffer written = write(document);

        assertThat(written.get(0)).isNotEqualTo(BsonDocumentType.BSON_TAG);
        assertThat(type.read(written)).isEqualTo(document);
        assertThat(written.hasRemaining()).isFalse();
    }

    @Test
    void theStockTypeRejectsABsonValueInsteadOfMisreadingIt() {
        ByteBuffer written = write(new Document("_id", 7L).append("name", "x"));

        assertThatThrownBy(() -> new ObjectDataType().read(written)).isInstanceOf(MVStoreException.class)
                .hasMessageContaining("Unknown tag");
    }

    @Test
    void theMemoryEstimateGrowsWithTheDocument() {
        Document small = new Document("_id", 1L).append("name", "a");
        Document large = new Document("_id", 1L).append("name", "a".repeat(10_000))
                .append("items", new ArrayList<>(List.of(new Document("k", 1), new Document("k", 2))));

        assertThat(type.getMemory(small)).isPositive();
        assertThat(type.getMemory(large)).isGreaterThan(10_000 + type.getMemory(small));
    }

    /**
     * Equal values, type for type. Compared field by field because two of the server's value classes have no equals:
     * a regular expression, and MinKey and MaxKey, singletons that Java serialization (the stock format) duplicates.
     * The regular expression's compiled pattern is a cache (and transient: the stock format loses it). Numbers are
     * compared exactly (NaN equal to NaN, -0.0 not equal to 0.0), not within AssertJ's default precision.
     */
    static void assertSameDocument(Document actual, Document expected) {
        assertThat(actual).usingRecursiveComparison().withStrictTypeChecking()
                .withEqualsForType(Double::equals, Double.class).withEqualsForType(Float::equals, Float.class)
                .ignoringFieldsOfTypes(AtomicReference.class).isEqualTo(expected);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    }

    /** Every type mongo-java-server's wire decoder produces, as the server keeps it in a stored document. */
    static Document everyValueType() {
        byte[] objectId = new byte[12];
        Arrays.fill(objectId, (byte) 0x5a);
        return new Document("_id", new ObjectId(objectId))
                .append("string", "città, 東京, \u0000 inside")
                .append("empty", "")
                .append("int", Integer.MIN_VALUE)
                .append("long", Long.MAX_VALUE)
                .append("double", -0.0)
                .append("nan", Double.NaN)
                .append("true", Boolean.TRUE)
                .append("false", Boolean.FALSE)
                .append("null", null)
                .append("date", Instant.ofEpochMilli(1_700_000_000_123L))
                .append("beforeEpoch", Instant.ofEpochMilli(-86_400_001L))
                .append("binary", new BinData(new byte[] {0, 1, -1, 127}))
                .append("uuid", UUID.fromString("123e4567-e89b-12d3-a456-426614174000"))
                .append("legacyUuid", new LegacyUUID(UUID.fromString("00112233-4455-6677-8899-aabbccddeeff")))
                .append("decimal", new Decimal128(new BigDecimal("-12345.6789")))
                .append("timestamp", new BsonTimestamp(7_000_000_000L))
                .append("regex", new BsonRegularExpression("^a.*z$", "i"))
                .append("code", new BsonJavaScript("function() { return 1; }"))
                .append("min", MinKey.getInstance())
                .append("max", MaxKey.getInstance())
                .append("list", new ArrayList<>(List.of(1, "two", 3L, new Document("four", 4.0),
                        new ArrayList<>(List.of(5)))))
                .append("emptyList", new ArrayList<>())
                .append("nested", new Document("level", 1).append("deeper", new Document("level", 2)
                        .append("emptyDocument", new Document())));
    }

    private ByteBuffer write(Document... documents) {
        WriteBuffer buffer = new WriteBuffer();
        for (Document document : documents) {
            type.write(buffer, document);
        }
        return buffer.getBuffer().flip();
    }
}

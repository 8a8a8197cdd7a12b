package it.cartella.eventstore.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The type of the embedded server's keys and index entries: a document's {@code _id} (the key of a data map), and
 * the keys ({@link KeyValue}) and values (an {@code _id}) of the unique indexes.
 *
 * <p>H2's {@link ObjectDataType} writes numbers and strings compactly, but anything else with Java serialization,
 * a new {@code ObjectOutputStream} for every entry: every index key (a {@link KeyValue}, the {@code _id} index
 * included), and every {@code _id} of the server's own classes (an {@code ObjectId}). Each commit rewrites whole pages,
 * so it serialized every key of every page touched: the profile of a benchmark's appends found the once-a-second
 * commit thread spending 40% of the CPU there, holding the lock that stops writes meanwhile, and about a quarter of
 * the application's per-command flush under HTTP load. Those values are written here as BSON, with the server's own
 * codec, after a tag of their own; every other value goes through {@link ObjectDataType} as before.
 *
 * <p>Entries written before (Java serialization, tag 19) are still read, so a data file needs no conversion: pages
 * move to the new form as they are rewritten. The tags are outside every range {@link ObjectDataType} writes and
 * apart from {@link BsonDocumentType#BSON_TAG}, so the stock type rejects them rather than misreading them. Order
 * is untouched: {@link #compare} gives the stock order (subclasses may change it), and it never looks at the bytes.
 */
class BsonValueType extends ObjectDataType {

    private static final String[] POSITION_NAMES = {"0", "1", "2", "3", "4", "5", "6", "7"};
    private static final byte[][] POSITION_NAME_BYTES = Arrays.stream(POSITION_NAMES)
            .map(name -> name.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);

    /** A {@link KeyValue}: the count of its values, then a BSON document of the present ones, keyed by position. */
    static final byte KEY_VALUE_TAG = 121;
    /** One value, as the field {@code v} of a BSON document. */
    static final byte VALUE_TAG = 122;
    /** {@link Missing}, mongo-java-server's "no such field" (the value of a sparse index's absent key). */
    static final byte MISSING_TAG = 123;

    /** The classes {@link ObjectDataType} writes without Java serialization. */
    private static final Set<Class<?>> STOCK_COMPACT = Set.of(Boolean.class, Byte.class, Short.class, Integer.class,
            Long.class, BigInteger.class, Float.class, Double.class, BigDecimal.class, Character.class, String.class,
            UUID.class, Date.class);

    private static final String VALUE = "v";
    private static final int KEPT_BUFFER_BYTES = 1 << 16;
    private static final ThreadLocal<ByteBuf> ENCODING = ThreadLocal.withInitial(() -> Unpooled.buffer(256));

    /**
     * The stock order, with two strings or two longs (the ids of the read models and the event store's positions)
     * compared at once: the stock comparison first ranks both values' types through a chain of type checks, and
     * picks a comparator for the type, at every step of every look-up of a document by id. Under the HTTP load that
     * was a tenth of the server's work. For two strings and for two longs the stock type compares with
     * {@code compareTo}, as here ({@code BsonValueTypeTest}).
     */
    @Override
    public int compare(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.compareTo(y);
        }
        return super.compare(a, b);
    }

    @Override
    public void write(WriteBuffer buff, Object value) {
        if (value instanceof Missing) {
            buff.put(MISSING_TAG);
        } else if (value instanceof KeyValue key) {
            if (!writeAsBson(buff, KEY_VALUE_TAG, key.size(), bson -> encodePresentValues(key, bson))) {
                super.write(buff, value);
            }
        } else if (value == null || value.getClass().isArray() || STOCK_COMPACT.contains(value.getClass())
                || !writeAsBson(buff, VALUE_TAG, -1, bson -> BsonEncoder.encodeDocument(new Document(VALUE, value), bson))) {
            super.write(buff, value);
        }
    }

    @Override
    public Object read(ByteBuffer buff) {
        byte tag = buff.get(buff.position());
        if (tag == MISSING_TAG) {
            buff.get();
            return Missing.getInstance();
        }
        if (tag == KEY_VALUE_TAG) {
            buff.get();
            int size = DataUtils.readVarInt(buff);
            Document present = decode(buff);
            Object[] values = new Object[size];
            for (int i = 0; i < size; i++) {
                String position = positionName(i);
                values[i] = present.containsKey(position) ? present.get(position) : Missing.getInstance();
            }
            return new KeyValue(values);
        }
        if (tag == VALUE_TAG) {
            buff.get();
            return decode(buff).get(VALUE);
        }
        return super.read(buff);
    }

    @Override
    public int getMemory(Object value) {
        if (value instanceof KeyValue key) {
            int size = 48;
            for (Object element : key) {
                size += 8 + HeapSize.of(element);
            }
            return size;
        }
        if (value instanceof Missing) {
            return 0;
        }
        if (value == null || value.getClass().isArray() || STOCK_COMPACT.contains(value.getClass())) {
            return super.getMemory(value);
        }
        return HeapSize.of(value);
    }

    /** The field name of a key's i-th value; the usual few are made once (a new string hashes itself again). */
    private static String positionName(int i) {
        return i < POSITION_NAMES.length ? POSITION_NAMES[i] : Integer.toString(i);
    }

    /**
     * The present values of a key as a BSON document keyed by position: the very bytes
     * {@code BsonEncoder.encodeDocument} writes for that document, without building it. Every commit writes every key
     * of every index page it touches, and building a map for each was half of the commit thread's time under appends.
     */
    static void encodePresentValues(KeyValue key, ByteBuf out) {
        int start = out.writerIndex();
        out.writeIntLE(0);
        for (int i = 0; i < key.size(); i++) {
            Object element = key.get(i);
            if (element instanceof Missing) {
                continue;
            }
            byte type = BsonEncoder.determineType(element);
            out.writeByte(type);
            out.writeBytes(i < POSITION_NAME_BYTES.length
                    ? POSITION_NAME_BYTES[i] : positionName(i).getBytes(StandardCharsets.UTF_8));
            out.writeByte(0);
            BsonEncoder.encodeValue(type, element, out);
        }
        out.writeByte(0);
        out.setIntLE(start, out.writerIndex() - start);
    }

    /**
     * Writes the tag, the count (when not negative) and the document, or nothing at all when the codec cannot encode
     * one of its values: the caller then writes the stock form, so a value of an unforeseen type slows a commit
     * instead of failing it.
     */
    private static boolean writeAsBson(WriteBuffer buff, byte tag, int count, Consumer<ByteBuf> encoder) {
        ByteBuf bson = ENCODING.get();
        try {
            try {
                encoder.accept(bson);
            } catch (IllegalArgumentException notEncodable) {
                return false;
            }
            buff.put(tag);
            if (count >= 0) {
                buff.putVarInt(count);
            }
            buff.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), bson.readableBytes());
            return true;
        } finally {
            bson.clear();
            if (bson.capacity() > KEPT_BUFFER_BYTES) {
                ENCODING.remove();
            }
        }
    }

    private static Document decode(ByteBuffer buff) {
        // Wraps the page's bytes without copying them; the decoder consumes exactly one document.
        ByteBuf bson = Unpooled.wrappedBuffer(buff.duplicate());
        Document document = BsonDecoder.decodeBson(bson);
        buff.position(buff.position() + bson.readerIndex());
        return document;
    }
}

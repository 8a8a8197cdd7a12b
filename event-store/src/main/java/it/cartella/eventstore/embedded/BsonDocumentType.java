package it.cartella.eventstore.embedded;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;

/**
 * The value type of the embedded server's data maps: each document stored as BSON, with mongo-java-server's own codec.
 *
 * <p>The stock maps store each document with Java serialization (H2's {@link ObjectDataType}), which profiles showed
 * as most of the CPU of writing the file and of reading pages back. A BSON value is written as the tag
 * {@link #BSON_TAG} followed by the document's BSON. The tag is one that {@link ObjectDataType} never writes and
 * rejects as an unknown tag, so:
 * <ul>
 *     <li>a value in the stock format (first byte one of {@link ObjectDataType}'s tags) is still read, through
 *     {@link ObjectDataType}: a map half rewritten by an interrupted conversion reads whole;</li>
 *     <li>a document the BSON codec cannot write (a value type mongo-java-server's wire codec does not know, say a
 *     {@code byte[]} put there by server-side code) is written in the stock format instead of failing the commit,
 *     which would stop the store from saving anything at all;</li>
 *     <li>stock code reading a BSON value fails loudly (unknown tag) instead of reading something else.</li>
 * </ul>
 * BSON dates hold milliseconds: an {@code Instant} with a finer part (only {@code $currentDate} makes one) comes back
 * truncated, as a real MongoDB stores it and as every client already sees it.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    /** Outside every range of tags {@link ObjectDataType} writes (0-19, 32-49, 64-119). */
    static final byte BSON_TAG = 120;

    /** The encoding buffer kept between writes; one that grew past this is dropped rather than kept for ever. */
    private static final int KEPT_BUFFER_BYTES = 1 << 20;

    private static final ThreadLocal<ByteBuf> ENCODING = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));

    private static final ValueComparator MONGO_ORDER = ValueComparator.asc();

    private final ObjectDataType stockFormat = new ObjectDataType();

    @Override
    public void write(WriteBuffer buff, Document document) {
        ByteBuf bson = ENCODING.get();
        try {
            if (encode(document, bson)) {
                buff.put(BSON_TAG);
                buff.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), bson.readableBytes());
            } else {
                stockFormat.write(buff, document);
            }
        } finally {
            bson.clear();
            if (bson.capacity() > KEPT_BUFFER_BYTES) {
                ENCODING.remove();
            }
        }
    }

    /** False for a document holding a value the BSON codec does not know (it then may have written part of it). */
    private static boolean encode(Document document, ByteBuf bson) {
        try {
            BsonEncoder.encodeDocument(document, bson);
            return true;
        } catch (IllegalArgumentException notEncodable) {
            return false;
        }
    }

    @Override
    public Document read(ByteBuffer buff) {
        if (buff.get(buff.position()) != BSON_TAG) {
            return (Document) stockFormat.read(buff);
        }
        buff.get();
        // Wraps the page's bytes without copying them; the decoder consumes exactly one document.
        ByteBuf bson = Unpooled.wrappedBuffer(buff.duplicate());
        Document document = BsonDecoder.decodeBson(bson);
        buff.position(buff.position() + bson.readerIndex());
        return document;
    }

    @Override
    public int getMemory(Document document) {
        return HeapSize.of(document);
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    /**
     * Only H2's conditional operations on a map (replace, remove of a given value) compare values, and the server
     * uses none of them; MongoDB's own order answers them as MongoDB would.
     */
    @Override
    public int compare(Document a, Document b) {
        return MONGO_ORDER.compare(a, b);
    }
}

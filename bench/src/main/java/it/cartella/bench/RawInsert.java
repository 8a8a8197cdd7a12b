package it.cartella.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import it.cartella.eventstore.DurabilityBarrier;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.types.ObjectId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The physical reference: how fast the driver alone writes documents of the size the engine writes, into a
 * collection with no index but {@code _id}, with no engine in the way.
 */
final class RawInsert {

    static final int INSERT_MANY_BATCH = 1_000;

    /**
     * @param insertOneDurable for ours: one document per insert, each followed by the server's flush, the floor
     *                         under one-event appends with the per-command flush from one thread
     */
    record Reference(int documentBytes, Timing insertMany, Timing insertOne, Optional<Timing> insertOneDurable) {
    }

    private RawInsert() {
    }

    /** Copies of a document of the engine's largest collection, its event collection, with fresh ids. */
    static Reference measure(EngineUnderTest engine, int documents, DurabilityBarrier flush) {
        MongoDatabase database = engine.database();
        String eventCollection = StreamSupport.stream(database.listCollectionNames().spliterator(), false)
                .max(Comparator.comparingLong(name -> database.getCollection(name).estimatedDocumentCount()))
                .orElseThrow();
        Document sample = database.getCollection(eventCollection).find().first();
        if (sample == null) {
            throw new IllegalStateException("no document in " + database.getName() + "." + eventCollection);
        }
        int documentBytes = new RawBsonDocument(sample, new DocumentCodec()).getByteBuffer().remaining();
        MongoCollection<Document> scratch = database.getCollection("raw_insert_reference");

        List<Document> copies = copies(sample, documents);
        long begin = System.nanoTime();
        for (int from = 0; from < documents; from += INSERT_MANY_BATCH) {
            scratch.insertMany(copies.subList(from, Math.min(from + INSERT_MANY_BATCH, documents)));
        }
        Timing insertMany = new Timing(documents, System.nanoTime() - begin);
        scratch.drop();

        Timing insertOne = insertOneByOne(scratch, copies(sample, documents), DurabilityBarrier.NONE);
        scratch.drop();

        Optional<Timing> insertOneDurable = Optional.empty();
        if (flush != DurabilityBarrier.NONE) {
            insertOneDurable = Optional.of(insertOneByOne(scratch, copies(sample, documents), flush));
            scratch.drop();
        }
        return new Reference(documentBytes, insertMany, insertOne, insertOneDurable);
    }

    private static Timing insertOneByOne(MongoCollection<Document> scratch, List<Document> copies,
                                         DurabilityBarrier barrier) {
        long begin = System.nanoTime();
        for (Document copy : copies) {
            scratch.insertOne(copy);
            barrier.awaitDurable();
        }
        return new Timing(copies.size(), System.nanoTime() - begin);
    }

    private static List<Document> copies(Document sample, int documents) {
        List<Document> copies = new ArrayList<>(documents);
        for (int i = 0; i < documents; i++) {
            Document copy = new Document(sample);
            copy.put("_id", new ObjectId());
            copies.add(copy);
        }
        return copies;
    }
}

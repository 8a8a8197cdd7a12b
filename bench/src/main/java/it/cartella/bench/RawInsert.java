package it.cartella.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.types.ObjectId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * The physical reference: how fast the driver alone writes documents of the size the engine writes, into a
 * collection with no index but {@code _id}, with no engine and no durability barrier in the way.
 */
final class RawInsert {

    static final int INSERT_MANY_BATCH = 1_000;

    record Reference(int documentBytes, Timing insertMany, Timing insertOne) {
    }

    private RawInsert() {
    }

    /** Copies of a document of the engine's largest collection, its event collection, with fresh ids. */
    static Reference measure(MongoDatabase database, int documents) {
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
        copies = copies(sample, documents);
        begin = System.nanoTime();
        for (Document copy : copies) {
            scratch.insertOne(copy);
        }
        Timing insertOne = new Timing(documents, System.nanoTime() - begin);
        scratch.drop();
        return new Reference(documentBytes, insertMany, insertOne);
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

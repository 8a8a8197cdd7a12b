package it.cartella.app.command;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * The requests already handled under an Idempotency-Key, with their answers. One document per key, its {@code _id}
 * the key scoped by user and route: the unique {@code _id} decides which of two concurrent requests runs (the
 * embedded server enforces it too, and looks it up without scanning). A claim is PENDING while its command runs,
 * DONE with the answer once it succeeded; a failed command releases its claim, since it changed nothing. A claim
 * still PENDING long after it was made belongs to a request whose node died under it (killed, crashed): whether its
 * commands were stored is unknown, so the store keeps the claim and the caller says so rather than running it again.
 * <p>
 * Nothing here is personal data: the request is kept as a hash, answers carry ids only.
 */
@Component
class IdempotencyStore {

    static final String COLLECTION = "idempotency_keys";

    private static final String ID = "_id";
    private static final String REQUEST_HASH = "requestHash";
    private static final String STATE = "state";
    private static final String PENDING = "PENDING";
    private static final String DONE = "DONE";
    private static final String STATUS = "status";
    private static final String LOCATION = "location";
    private static final String BODY = "body";

    private final MongoCollection<Document> keys;

    IdempotencyStore(MongoDatabase database) {
        this.keys = database.getCollection(COLLECTION);
    }

    /** @return true when this request now holds the key; false when another request holds or held it */
    boolean claim(String key, String requestHash) {
        try {
            keys.insertOne(new Document(ID, key).append(REQUEST_HASH, requestHash).append(STATE, PENDING)
                    .append("claimedAt", new Date()));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    void complete(String key, int status, String location, String body) {
        keys.updateOne(Filters.eq(ID, key), Updates.combine(Updates.set(STATE, DONE), Updates.set(STATUS, status),
                Updates.set(LOCATION, location), Updates.set(BODY, body), Updates.set("answeredAt", new Date())));
    }

    void release(String key) {
        keys.deleteOne(Filters.and(Filters.eq(ID, key), Filters.eq(STATE, PENDING)));
    }

    /** Empty when the key was released meanwhile. */
    Optional<Entry> find(String key) {
        Document d = keys.find(Filters.eq(ID, key)).first();
        return Optional.ofNullable(d).map(doc -> new Entry(doc.getString(REQUEST_HASH), DONE.equals(doc.getString(STATE)),
                doc.getInteger(STATUS, 0), doc.getString(LOCATION), doc.getString(BODY),
                doc.getDate("claimedAt").toInstant()));
    }

    record Entry(String requestHash, boolean done, int status, String location, String body, Instant claimedAt) {
    }
}

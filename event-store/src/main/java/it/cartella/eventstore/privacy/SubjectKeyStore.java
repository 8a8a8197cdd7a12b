package it.cartella.eventstore.privacy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.types.Binary;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One AES-256 key per data subject (person), in its own collection. Destroying a key erases that person's personal
 * data everywhere it was written encrypted (events, snapshots, sagas) without touching the immutable events: this is
 * crypto-shredding. A destroyed key leaves a tombstone, so the person is never silently given a fresh key.
 *
 * <p>Keys are cached for a short time: after an erasure, another node may still decrypt for at most {@link #CACHE_TTL}.
 */
public final class SubjectKeyStore {

    public static final String COLLECTION = "subject_keys";
    static final Duration CACHE_TTL = Duration.ofSeconds(30);
    private static final int CACHE_SIZE = 20_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoCollection<Document> keys;
    private final Clock clock;
    private final Map<String, Cached> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public SubjectKeyStore(MongoDatabase database, Clock clock) {
        this.keys = database.getCollection(COLLECTION).withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
        this.clock = clock;
    }

    public SubjectKeyStore(MongoDatabase database) {
        this(database, Clock.systemUTC());
    }

    /** The subject's key, created on first use; empty when the subject was erased. */
    public Optional<SecretKey> keyForWriting(String subject) {
        Optional<SecretKey> existing = lookup(subject);
        if (existing.isPresent() || isErased(subject)) {
            return existing;
        }
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        try {
            keys.insertOne(new Document("_id", subject).append("key", new Binary(key))
                    .append("createdAt", clock.instant().toString()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // Another node created it at the same moment: use theirs.
            forget(subject);
            return lookup(subject);
        }
        forget(subject);
        return lookup(subject);
    }

    /** The subject's key if it exists and was not destroyed. */
    public Optional<SecretKey> keyForReading(String subject) {
        return lookup(subject);
    }

    /**
     * Destroys the subject's key: every personal field encrypted with it becomes unreadable for good.
     * The reason is kept with the tombstone for the erasure register.
     */
    public void destroy(String subject, String reason) {
        keys.replaceOne(Filters.eq("_id", subject), new Document("_id", subject)
                        .append("destroyedAt", clock.instant().toString()).append("reason", reason),
                new ReplaceOptions().upsert(true));
        forget(subject);
    }

    public boolean isErased(String subject) {
        Document stored = keys.find(Filters.eq("_id", subject)).first();
        return stored != null && stored.containsKey("destroyedAt");
    }

    private Optional<SecretKey> lookup(String subject) {
        long now = System.nanoTime();
        synchronized (cache) {
            Cached cached = cache.get(subject);
            if (cached != null && now - cached.loadedNanos < CACHE_TTL.toNanos()) {
                return Optional.ofNullable(cached.key);
            }
        }
        Document stored = keys.find(Filters.eq("_id", subject)).first();
        SecretKey key = stored == null || !stored.containsKey("key") ? null
                : new SecretKeySpec(stored.get("key", Binary.class).getData(), "AES");
        if (stored != null) {
            synchronized (cache) {
                cache.put(subject, new Cached(key, now));
            }
        }
        return Optional.ofNullable(key);
    }

    private void forget(String subject) {
        synchronized (cache) {
            cache.remove(subject);
        }
    }

    private record Cached(SecretKey key, long loadedNanos) {
    }
}

package it.cartella.app.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The append-only, hash-chained access log. Entry {@code n} has {@code _id = n} and carries the hash of entry
 * {@code n - 1}, read by its {@code _id}; an append inserts {@code _id = last + 1}, so two nodes appending at once
 * collide on the unique {@code _id}, and the loser re-reads the new last entry and tries again: the chain never
 * forks and has no gap. Changing, removing or reordering any entry breaks the hash of it or of the next one, which
 * {@link #verify()} finds. Each node remembers the last entry it saw, so an append costs one insert when the node
 * is alone, and lookups by {@code _id} otherwise; appends arriving together share one insert ({@link #appendAll}).
 */
public class AccessLog {

    static final String COLLECTION = "access_log";
    static final String GENESIS = "0".repeat(64);

    private final MongoCollection<Document> entries;
    private final ObjectMapper canonical;
    private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();
    private long lastSequence = -1;
    private String lastHash;

    public AccessLog(MongoDatabase database, ObjectMapper objectMapper) {
        this.entries = database.getCollection(COLLECTION);
        this.canonical = objectMapper.copy();
    }

    /** Appends an entry; blocks on the database, so call it off the event loop. */
    public AccessLogEntry append(Instant at, String userId, String organisation, List<String> roles,
                                 String action, String caseId, String personId, String purpose,
                                 List<String> categories, String basis, AccessLogEntry.Outcome outcome) {
        return appendAll(List.of(new AccessLogEntry(0, at, userId, organisation, List.copyOf(roles), action, caseId,
                personId, purpose, List.copyOf(categories), basis, outcome, null, null))).get(0);
    }

    /**
     * Appends entries (their sequence, link and hash are set here), in the order given, and returns them sealed;
     * blocks on the database, so call it off the event loop.
     *
     * <p>The chain is one line for the whole Ambito, and each entry needs the hash of the one before, so appends
     * cannot run side by side. Instead they are combined: whichever caller holds the lock seals and inserts the
     * entries of every caller waiting (one {@code insertMany}), so a list page's twenty rows and the reads of
     * thirty-two users cost one round trip, not one each behind a lock (measured: a case list took 2 s under load).
     */
    public List<AccessLogEntry> appendAll(List<AccessLogEntry> drafts) {
        Pending mine = new Pending(drafts);
        pending.add(mine);
        synchronized (this) {
            if (!mine.done) {
                writeAllPending();
            }
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.sealed;
    }

    private void writeAllPending() {
        List<Pending> group = new ArrayList<>();
        for (Pending next = pending.poll(); next != null; next = pending.poll()) {
            group.add(next);
        }
        try {
            List<AccessLogEntry> drafts = new ArrayList<>();
            group.forEach(p -> drafts.addAll(p.drafts));
            List<AccessLogEntry> sealed = insertChained(drafts);
            int from = 0;
            for (Pending p : group) {
                p.sealed = List.copyOf(sealed.subList(from, from + p.drafts.size()));
                from += p.drafts.size();
            }
        } catch (RuntimeException e) {
            group.forEach(p -> p.failure = e);
        } finally {
            group.forEach(p -> p.done = true);
        }
    }

    /** Seals and inserts the drafts after the last entry, moving past entries other nodes appended meanwhile. */
    private List<AccessLogEntry> insertChained(List<AccessLogEntry> drafts) {
        if (lastSequence < 0) {
            Document last = entries.find().sort(Sorts.descending("_id")).limit(1).first();
            lastSequence = last == null ? 0 : last.getLong("_id");
            lastHash = last == null ? GENESIS : last.getString("hash");
        }
        List<AccessLogEntry> written = new ArrayList<>(drafts.size());
        List<AccessLogEntry> left = drafts;
        while (!left.isEmpty()) {
            List<AccessLogEntry> sealed = new ArrayList<>(left.size());
            long sequence = lastSequence;
            String previous = lastHash;
            for (AccessLogEntry e : left) {
                AccessLogEntry entry = sealed(new AccessLogEntry(++sequence, e.at(), e.userId(), e.organisation(),
                        e.roles(), e.action(), e.caseId(), e.personId(), e.purpose(), e.categories(), e.basis(),
                        e.outcome(), previous, null));
                sealed.add(entry);
                previous = entry.hash();
            }
            int inserted = insertInOrder(sealed);
            if (inserted > 0) {
                lastSequence = sealed.get(inserted - 1).sequence();
                lastHash = sealed.get(inserted - 1).hash();
                written.addAll(sealed.subList(0, inserted));
            }
            if (inserted < sealed.size()) {
                // Another node appended first: move to the end of the chain it extended, then seal the rest again.
                Document taken;
                while ((taken = entries.find(Filters.eq("_id", lastSequence + 1)).first()) != null) {
                    lastSequence = taken.getLong("_id");
                    lastHash = taken.getString("hash");
                }
            }
            left = left.subList(inserted, left.size());
        }
        return written;
    }

    /** How many of the entries, from the first, were inserted: an ordered insert stops at the first taken _id. */
    private int insertInOrder(List<AccessLogEntry> sealed) {
        List<Document> documents = sealed.stream().map(AccessLog::document).toList();
        try {
            entries.insertMany(documents, new InsertManyOptions().ordered(true));
            return documents.size();
        } catch (MongoBulkWriteException e) {
            BulkWriteError first = e.getWriteErrors().get(0);
            if (ErrorCategory.fromErrorCode(first.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return first.getIndex();
        }
    }

    /** One caller's entries, and what became of them; fields written and read under the log's lock. */
    private static final class Pending {
        final List<AccessLogEntry> drafts;
        List<AccessLogEntry> sealed;
        RuntimeException failure;
        boolean done;

        Pending(List<AccessLogEntry> drafts) {
            this.drafts = drafts;
        }
    }

    /** Walks the whole chain from the first entry and reports the first entry whose hash or link does not hold. */
    public ChainVerification verify() {
        String previous = GENESIS;
        long expected = 1;
        for (Document document : entries.find().sort(Sorts.ascending("_id"))) {
            AccessLogEntry entry = entry(document);
            if (entry.sequence() != expected) {
                return ChainVerification.broken(expected - 1, expected, "MISSING_ENTRY");
            }
            if (!previous.equals(entry.previous())) {
                return ChainVerification.broken(expected - 1, entry.sequence(), "LINK_BROKEN");
            }
            if (!hash(entry).equals(entry.hash())) {
                return ChainVerification.broken(expected - 1, entry.sequence(), "HASH_MISMATCH");
            }
            previous = entry.hash();
            expected++;
        }
        return ChainVerification.intact(expected - 1);
    }

    /** The entries about one person, oldest first: who found, read or changed them, with or without a case. */
    public List<AccessLogEntry> ofPerson(String personId) {
        List<AccessLogEntry> found = new ArrayList<>();
        entries.find(Filters.eq("personId", personId)).sort(Sorts.ascending("_id")).forEach(d -> found.add(entry(d)));
        return found;
    }

    /** The entries about one case, oldest first: who read or changed it. */
    public List<AccessLogEntry> ofCase(String caseId) {
        List<AccessLogEntry> found = new ArrayList<>();
        entries.find(Filters.eq("caseId", caseId)).sort(Sorts.ascending("_id")).forEach(d -> found.add(entry(d)));
        return found;
    }


    private AccessLogEntry sealed(AccessLogEntry e) {
        return new AccessLogEntry(e.sequence(), e.at(), e.userId(), e.organisation(), e.roles(), e.action(),
                e.caseId(), e.personId(), e.purpose(), e.categories(), e.basis(), e.outcome(), e.previous(), hash(e));
    }

    /**
     * SHA-256 over the canonical form: a JSON array of every field but the hash, in a fixed order, the instant as
     * ISO-8601 text in UTC. An array of values leaves no room for two entries to share a form.
     */
    String hash(AccessLogEntry e) {
        List<Object> form = Arrays.asList(e.sequence(), e.at().toString(), e.userId(), e.organisation(), e.roles(),
                e.action(), e.caseId(), e.personId(), e.purpose(), e.categories(), e.basis(),
                e.outcome() == null ? null : e.outcome().name(), e.previous());
        try {
            byte[] bytes = canonical.writeValueAsString(form).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e1) {
            throw new IllegalStateException("Cannot hash an access log entry", e1);
        }
    }

    private static Document document(AccessLogEntry e) {
        return new Document("_id", e.sequence())
                .append("at", e.at().toString())
                .append("atDate", Date.from(e.at()))
                .append("userId", e.userId())
                .append("organisation", e.organisation())
                .append("roles", e.roles())
                .append("action", e.action())
                .append("caseId", e.caseId())
                .append("personId", e.personId())
                .append("purpose", e.purpose())
                .append("categories", e.categories())
                .append("basis", e.basis())
                .append("outcome", e.outcome().name())
                .append("previous", e.previous())
                .append("hash", e.hash());
    }

    private static AccessLogEntry entry(Document d) {
        String outcome = d.getString("outcome");
        Object at = d.get("at");
        return new AccessLogEntry(((Number) d.get("_id")).longValue(),
                at instanceof String text ? Instant.parse(text) : Instant.EPOCH,
                d.getString("userId"), d.getString("organisation"), strings(d, "roles"), d.getString("action"),
                d.getString("caseId"), d.getString("personId"), d.getString("purpose"), strings(d, "categories"),
                d.getString("basis"), outcome == null ? null : AccessLogEntry.Outcome.valueOf(outcome),
                d.getString("previous"), d.getString("hash"));
    }

    private static List<String> strings(Document d, String field) {
        List<String> values = d.getList(field, String.class);
        return values == null ? List.of() : values;
    }
}

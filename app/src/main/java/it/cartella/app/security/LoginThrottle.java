package it.cartella.app.security;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

/**
 * Limits failed sign-ins: after {@code maxFailures} failures for one username from one client address within the
 * window, further attempts from there are refused, the right password included, until the oldest failure ages out.
 * Counting per username and address keeps a guesser from locking a colleague out from elsewhere.
 * <p>
 * The failures are counted in MongoDB ({@value #COLLECTION}), so every node behind the proxy sees the same count: a
 * guesser gets {@code maxFailures} tries in all, not that many per node. One document per username and address,
 * keyed by a hash of the two (no username or address in clear), holding the failure times of the window only; a
 * successful sign-in removes it. Lookups are equalities on {@code _id}. Two nodes recording a failure at the same
 * instant each add theirs ({@code $push}), so none is lost.
 * <p>
 * The log names neither the username nor the address (both personal data of the employee), and never the password:
 * it names a keyed hash of them, with a key that lives only in this process, so an operator can tell repeated
 * attempts apart in one run. Blocking: call it off the event loop.
 */
public class LoginThrottle {

    static final String COLLECTION = "login_failures";
    private static final String FAILURES = "failures";

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final MongoCollection<Document> failures;
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final byte[] pseudonymKey = new byte[32];

    public LoginThrottle(MongoDatabase database, int maxFailures, Duration window, Clock clock) {
        this.failures = database.getCollection(COLLECTION);
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
        new SecureRandom().nextBytes(pseudonymKey);
    }

    public boolean isBlocked(String username, String clientAddress) {
        return recentFailures(failures.find(Filters.eq("_id", key(username, clientAddress))).first())
                >= maxFailures;
    }

    public void failed(String username, String clientAddress) {
        String key = key(username, clientAddress);
        Instant now = clock.instant();
        // Failures older than the window are dropped as new ones come, so a document never outgrows the window.
        failures.updateOne(Filters.eq("_id", key), Updates.pull(FAILURES,
                new Document("$lt", Date.from(now.minus(window)))));
        failures.updateOne(Filters.eq("_id", key), Updates.push(FAILURES, Date.from(now)),
                new UpdateOptions().upsert(true));
        long count = recentFailures(failures.find(Filters.eq("_id", key)).first());
        log.warn("Failed sign-in: attempt {} {}, failure {} of {} allowed in {} minutes",
                pseudonym(username), pseudonym(clientAddress), count, maxFailures, window.toMinutes());
    }

    public void refused(String username, String clientAddress) {
        log.warn("Sign-in refused without checking the password: attempt {} {} has had {} failures in {} minutes",
                pseudonym(username), pseudonym(clientAddress), maxFailures, window.toMinutes());
    }

    public void succeeded(String username, String clientAddress) {
        failures.deleteOne(Filters.eq("_id", key(username, clientAddress)));
    }

    private long recentFailures(Document document) {
        if (document == null) {
            return 0;
        }
        Instant oldest = clock.instant().minus(window);
        List<Date> times = document.getList(FAILURES, Date.class, List.of());
        return times.stream().filter(at -> !at.toInstant().isBefore(oldest)).count();
    }

    /**
     * A hash, not the username and address: the count needs only to tell attempts apart, and every node must
     * compute the same key, so it cannot be keyed by a per-process secret.
     */
    private static String key(String username, String clientAddress) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((username + '\n' + clientAddress).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private String pseudonym(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pseudonymKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)), 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}

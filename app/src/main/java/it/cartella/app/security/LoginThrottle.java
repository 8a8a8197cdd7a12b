package it.cartella.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed sign-ins: after {@code maxFailures} failures for one username from one client address within the
 * window, further attempts from there are refused, the right password included, until the oldest failure ages out.
 * Counting per username and address keeps a guesser from locking a colleague out from elsewhere.
 * <p>
 * The log names neither the username nor the address (both personal data of the employee): it names a keyed hash
 * of them, with a key that lives only in this process, so an operator can tell repeated attempts apart in one run.
 * The counts are per node: with several nodes behind the proxy a guesser gets that many tries per node.
 */
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final byte[] pseudonymKey = new byte[32];

    public LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
        new SecureRandom().nextBytes(pseudonymKey);
    }

    public boolean isBlocked(String username, String clientAddress) {
        Deque<Instant> recent = failures.get(key(username, clientAddress));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() >= maxFailures;
        }
    }

    public void failed(String username, String clientAddress) {
        Deque<Instant> recent = failures.computeIfAbsent(key(username, clientAddress), k -> new ArrayDeque<>());
        int count;
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
            count = recent.size();
        }
        log.warn("Failed sign-in: attempt {} {}, failure {} of {} allowed in {} minutes",
                pseudonym(username), pseudonym(clientAddress), count, maxFailures, window.toMinutes());
    }

    public void refused(String username, String clientAddress) {
        log.warn("Sign-in refused without checking the password: attempt {} {} has had {} failures in {} minutes",
                pseudonym(username), pseudonym(clientAddress), maxFailures, window.toMinutes());
    }

    public void succeeded(String username, String clientAddress) {
        failures.remove(key(username, clientAddress));
    }

    private void prune(Deque<Instant> recent) {
        Instant oldest = clock.instant().minus(window);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(oldest)) {
            recent.removeFirst();
        }
    }

    private static String key(String username, String clientAddress) {
        return username + '\n' + clientAddress;
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

package org.sanxiang.platform.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords this node has checked and found right in the last minutes, so that an API client signing every request
 * with HTTP Basic pays the Argon2 hash (tens of milliseconds and 16 MiB each) and a throttle count once, not on every
 * call: its parallel requests would otherwise count one another as failed attempts until one got through. A
 * remembered password is known only as a keyed hash (the key lives in this process only) and holds only while the
 * account's stored hash is the one it was checked against, so a changed password is checked afresh.
 */
final class VerifiedPasswords {

    /** How long a checked password is taken as checked; a disabled account is refused sooner (it is loaded anew). */
    static final Duration REMEMBERED = Duration.ofMinutes(5);
    /** Beyond this many at once (a flood of distinct passwords) the memory starts over rather than grows. */
    private static final int MOST = 10_000;

    private record Verified(String storedHash, Instant until) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Clock clock;

    VerifiedPasswords(Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.clock = clock;
    }

    /** Whether this password was found right for the account while it had the given stored hash. */
    boolean isKnown(String username, String password, String storedHash) {
        Verified v = verified.get(keyOf(username, password));
        return v != null && v.storedHash().equals(storedHash) && clock.instant().isBefore(v.until());
    }

    void remember(String username, String password, String storedHash) {
        if (verified.size() >= MOST) {
            verified.clear();
        }
        verified.put(keyOf(username, password), new Verified(storedHash, clock.instant().plus(REMEMBERED)));
    }

    private String keyOf(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

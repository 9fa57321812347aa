package org.sanxiang.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Failed logins per account and source, in the database so that every node of a cluster counts the same. An attempt
 * is counted before its password is checked, by one conditional SQL update: parallel guesses cannot slip past the
 * count, and a correct password then clears it. The username is taken as typed, whether or not such an account
 * exists, so the answers cannot tell the two apart.
 */
@Component
class LoginThrottle {

    /** One source's failures against one username. */
    record Failures(String username, String source, int failures, Instant lastFailedAt, Instant blockedUntil) {
    }

    private static final int COLUMN = 64;
    /** A wait up to this long is served by holding the attempt; a longer one is refused (429, Retry-After). */
    private static final Duration WAITED_HERE = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, SecurityProperties properties, Clock clock) {
        this.jdbc = JdbcClient.create(jdbc);
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Counts an attempt of a source on a username as failed until the password proves it right.
     *
     * @return the number of failures this attempt makes, so that the caller can record a lock it starts
     * @throws LoginThrottledException while the source has to wait
     */
    int attempt(String username, String source) {
        String name = clip(username);
        String from = clip(source);
        while (true) {
            Instant now = clock.instant();
            Optional<Failures> seen = find(name, from);
            if (seen.isEmpty()) {
                try {
                    jdbc.sql("insert into login_failure (username, source, failures, last_failed_at) values (?, ?, 1, ?)")
                            .params(name, from, utc(now)).update();
                    return 1;
                } catch (DuplicateKeyException parallelAttempt) {
                    continue;
                }
            }
            Failures f = seen.get();
            if (now.isBefore(f.blockedUntil())) {
                Duration wait = Duration.between(now, f.blockedUntil());
                if (wait.compareTo(WAITED_HERE) > 0) {
                    throw new LoginThrottledException(wait);
                }
                // A short wait is served here instead of refused: parallel logins of one client with the right
                // password (an API client's threads) count each other as failures until the first succeeds and
                // clears the count. A guess waits just the same, and only one of a burst counts per wait.
                sleep(wait);
                continue;
            }
            // Counts only if nobody counted in between; otherwise look again.
            if (jdbc.sql("update login_failure set failures = failures + 1, last_failed_at = ? "
                            + "where username = ? and source = ? and failures = ?")
                    .params(utc(now), name, from, f.failures()).update() == 1) {
                return f.failures() + 1;
            }
        }
    }

    void succeeded(String username, String source) {
        jdbc.sql("delete from login_failure where username = ? and source = ?").params(clip(username), clip(source))
                .update();
    }

    /** An administrator's unlock: every source may try again at once. */
    void clear(String username) {
        jdbc.sql("delete from login_failure where username = ?").params(clip(username)).update();
    }

    /** Whether this many failures lock the source out (rather than make it wait a little). */
    boolean isLock(int failures) {
        return failures == properties.maxFailedLogins();
    }

    boolean isLocked(Failures f) {
        return f.failures() >= properties.maxFailedLogins();
    }

    /** The failures of the given usernames, or of all when null, most recent first (a page of them, not a flood). */
    List<Failures> recent(Collection<String> usernames) {
        String where = usernames == null ? "" : usernames.isEmpty() ? " where 1 = 0" : " where username in (:names)";
        var statement = jdbc.sql("select username, source, failures, last_failed_at from login_failure" + where
                + " order by last_failed_at desc limit 200");
        if (usernames != null && !usernames.isEmpty()) {
            statement = statement.param("names", usernames);
        }
        return statement.query((rs, i) -> failures(rs.getString(1), rs.getString(2), rs.getInt(3),
                rs.getObject(4, OffsetDateTime.class).toInstant())).list();
    }

    /** Failures older than a day are history, not a guess in progress; the table keeps no more than that. */
    @Scheduled(fixedDelay = 3_600_000)
    void forgetOld() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(1)).minus(properties.waitAfter(Integer.MAX_VALUE));
        jdbc.sql("delete from login_failure where last_failed_at < ?").params(utc(cutoff)).update();
    }

    private Optional<Failures> find(String username, String source) {
        return jdbc.sql("select failures, last_failed_at from login_failure where username = ? and source = ?")
                .params(username, source)
                .query((rs, i) -> failures(username, source, rs.getInt(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant()))
                .optional();
    }

    private Failures failures(String username, String source, int failures, Instant last) {
        return new Failures(username, source, failures, last, last.plus(properties.waitAfter(failures)));
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis() + 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginThrottledException(wait);
        }
    }

    private static String clip(String s) {
        String text = s == null ? "" : s;
        return text.length() <= COLUMN ? text : text.substring(0, COLUMN);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

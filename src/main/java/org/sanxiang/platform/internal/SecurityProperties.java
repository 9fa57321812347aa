package org.sanxiang.platform.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How password guessing is slowed: per account and source (client address), so that nobody can lock another
 * person out from elsewhere (OWASP Authentication Cheat Sheet, "Account Lockout"; NIST SP 800-63B §5.2.2 asks for
 * rate limiting that keeps online guessing of a password infeasible).
 *
 * @param freeLoginFailures failures from one source that need no wait before the next attempt
 * @param firstLoginDelay   the wait after the first failure beyond those; it doubles with each further failure
 * @param maxLoginDelay     the longest such wait
 * @param maxFailedLogins   failures from one source that lock that source out of the account
 * @param lockMinutes       how long that lock lasts (a correct password from another source, or an administrator's
 *                          unlock, is not affected by it)
 */
@ConfigurationProperties("sanxiang.security")
record SecurityProperties(int freeLoginFailures, Duration firstLoginDelay, Duration maxLoginDelay, int maxFailedLogins,
                          int lockMinutes) {

    SecurityProperties {
        freeLoginFailures = freeLoginFailures > 0 ? freeLoginFailures : 3;
        firstLoginDelay = firstLoginDelay != null && !firstLoginDelay.isNegative() && !firstLoginDelay.isZero() ? firstLoginDelay
                : Duration.ofSeconds(1);
        maxLoginDelay = maxLoginDelay != null && !maxLoginDelay.isNegative() && !maxLoginDelay.isZero() ? maxLoginDelay : Duration.ofMinutes(1);
        maxFailedLogins = maxFailedLogins > 0 ? maxFailedLogins : 10;
        lockMinutes = lockMinutes > 0 ? lockMinutes : 15;
    }

    /** How long a source must wait after its failures-th failure in a row before it may try again. */
    Duration waitAfter(int failures) {
        if (failures >= maxFailedLogins) {
            return Duration.ofMinutes(lockMinutes);
        }
        if (failures < freeLoginFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeLoginFailures, 30);
        Duration wait = firstLoginDelay.multipliedBy(1L << doublings);
        return wait.compareTo(maxLoginDelay) > 0 ? maxLoginDelay : wait;
    }
}

package org.sanxiang.platform.internal;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/** A source tried too often: it waits before its next attempt, whether or not the username is an account. */
class LoginThrottledException extends LockedException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins from this source; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up, as HTTP's Retry-After counts them. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}

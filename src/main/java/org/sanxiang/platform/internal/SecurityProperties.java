package org.sanxiang.platform.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedLogins consecutive failed logins that lock an account
 * @param lockMinutes     how long the lock lasts
 */
@ConfigurationProperties("sanxiang.security")
record SecurityProperties(int maxFailedLogins, int lockMinutes) {

    SecurityProperties {
        maxFailedLogins = maxFailedLogins > 0 ? maxFailedLogins : 5;
        lockMinutes = lockMinutes > 0 ? lockMinutes : 15;
    }
}

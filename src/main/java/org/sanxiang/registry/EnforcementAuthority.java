package org.sanxiang.registry;

import java.time.LocalDate;

/**
 * "May this officer act in this domain on this date?" — only with a valid, unexpired credential covering the
 * domain (行政处罚法 第四十二条: enforcement by officers holding 行政执法资格), judged by the credential's status
 * on that date, not today's.
 */
public interface EnforcementAuthority {

    Decision mayAct(long officerId, String domain, LocalDate date);

    /**
     * @param credentialNumber the credential that allows it, or {@code null}
     */
    record Decision(boolean allowed, String credentialNumber, String reasonZh, String reasonEn) {
    }
}

package org.sanxiang.registry;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.platform.rule.Refusal;

/**
 * "May this officer act in this domain (and area) on this date?" — only at her post, with a credential issued by
 * then, unexpired, neither suspended, revoked nor cancelled that day, naming the domain and the area
 * (行政处罚法 第四十二条: enforcement by officers holding 行政执法资格), judged by the credential's status on that
 * date, not today's. Each reason is a rule of the catalogue ({@code registry.officer.act}).
 */
public interface EnforcementAuthority {

    /** @param area where she acts, written in full; {@code null} when the area is not in question */
    Decision mayAct(long officerId, String domain, String area, LocalDate date);

    /**
     * @param credentialNumber the credential that allows it, or {@code null}
     * @param refusals         why not, for each credential she held that day; empty when allowed
     */
    record Decision(boolean allowed, String credentialNumber, String reasonZh, String reasonEn,
            List<Refusal> refusals) {
    }
}

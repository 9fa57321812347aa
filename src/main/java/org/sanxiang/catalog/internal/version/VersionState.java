package org.sanxiang.catalog.internal.version;

/**
 * Where a version stands: 草稿 → 送审（合法性审核）→ 审核通过 or 退回修改 → 已公布 → 已被新版本替代 or 已废止.
 * A returned version is edited and submitted again.
 */
public enum VersionState {
    DRAFT, SUBMITTED, RETURNED, PASSED, PUBLISHED, SUPERSEDED, REPEALED;

    /** Published once: it has (or had) force from its effective date, and stays readable with its dates. */
    public boolean wasPublished() {
        return this == PUBLISHED || this == SUPERSEDED || this == REPEALED;
    }

    /** Still being prepared: at most one such version per item. */
    public boolean isOpen() {
        return !wasPublished();
    }
}

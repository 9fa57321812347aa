package org.sanxiang.registry;

/**
 * Status of an enforcement credential (执法证). EXPIRED is never stored: a VALID credential past its
 * validity date is shown as expired.
 */
public enum CredentialStatus {
    /** 有效 */
    VALID,
    /** 暂扣: withheld, e.g. for misuse; may be reinstated */
    SUSPENDED,
    /** 吊销: withdrawn as a sanction (alteration, lending) */
    REVOKED,
    /** 注销: cancelled, e.g. the holder left enforcement work */
    CANCELLED,
    /** 过期 */
    EXPIRED;

    public boolean permitsEnforcement() {
        return this == VALID;
    }
}

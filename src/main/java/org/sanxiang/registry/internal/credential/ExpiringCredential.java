package org.sanxiang.registry.internal.credential;

import java.time.LocalDate;

import org.sanxiang.registry.CredentialStatus;

/** A credential that needs renewing (suspended, expired or about to expire), for the workbench's attention. */
public record ExpiringCredential(long officerId, String officerName, long agencyId, String number, LocalDate validUntil,
        CredentialStatus status) {

    /** As on the given day: a valid credential past its date shows as expired. */
    public ExpiringCredential on(LocalDate today) {
        return status == CredentialStatus.VALID && validUntil.isBefore(today)
                ? new ExpiringCredential(officerId, officerName, agencyId, number, validUntil, CredentialStatus.EXPIRED)
                : this;
    }
}

package org.sanxiang.registry.internal.credential;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.registry.CredentialStatus;

/** A credential with its status on a given day. */
public record CredentialView(long id, String number, String issuer, LocalDate issuedOn, LocalDate validUntil,
        CredentialStatus status, List<String> domains, String areas) {
}

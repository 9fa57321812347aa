package org.sanxiang.registry.internal.portal;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.registry.CredentialStatus;

/**
 * The public card of a credential holder (API contract: GET /api/v1/public/credentials/{number}). Never an ID
 * number.
 */
public record PublicCard(String number, String name, String agency, String unit, List<String> domains, String areas,
        LocalDate validFrom, LocalDate validTo, CredentialStatus status, String issuer, String photoUrl) {
}

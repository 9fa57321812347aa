package org.sanxiang.registry.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.sanxiang.registry.CredentialStatus;

/** An agency as lists and pages show it. */
record AgencyView(long id, String name, String uscc, Agency.Level level, String domain, Agency.Kind kind,
        Long parentId, String parentName, String region, String address, String phone, String complaintPhone,
        String legalBasis, long version) {
}

/** A credential with its status on a given day. */
record CredentialView(long id, String number, String issuer, LocalDate issuedOn, LocalDate validUntil,
        CredentialStatus status, List<String> domains, String areas) {
}

/** A legal reviewer, legal adviser or public lawyer of an agency: the fields of its form, and its id. */
record LegalStaffView(long id, String name, LegalStaff.Kind kind, Long unitId, String qualification,
        String qualificationNo, LocalDate qualifiedOn, String phone, boolean active, long version) {

    static LegalStaffView of(LegalStaff s) {
        return new LegalStaffView(s.getId(), s.getName(), s.getKind(), s.getUnitId(), s.getQualification(),
                s.getQualificationNo(), s.getQualifiedOn(), s.getPhone(), s.isActive(), s.getVersion());
    }
}

/** An officer for the workbench (masked ID number only). */
record OfficerView(long id, long agencyId, String agencyName, Long unitId, String unitName, String name,
        Officer.Gender gender, String idNumberMasked, String position, List<String> domains, String areas,
        boolean active, boolean hasPhoto, List<CredentialView> credentials, long version) {

    /** The credential shown publicly: the newest one. */
    public CredentialView currentCredential() {
        return credentials.isEmpty() ? null : credentials.get(0);
    }
}

/**
 * The public card of a credential holder (API contract: GET /api/v1/public/credentials/{number}). Never an ID
 * number.
 */
record PublicCard(String number, String name, String agency, String unit, List<String> domains, String areas,
        LocalDate validFrom, LocalDate validTo, CredentialStatus status, String issuer, String photoUrl) {
}

/**
 * Legal reviewers ÷ enforcement officers of an agency, flagged below the configured minimum (5 % in the seeds).
 */
record ReviewerIndicator(long agencyId, String agencyName, long officers, long reviewers, BigDecimal ratio,
        BigDecimal minimum, boolean belowMinimum) {
}

/** A line of a credential's status history. */
record StatusHistoryLine(CredentialStatus from, CredentialStatus to, String reason, java.time.Instant at,
        String by) {
}

/** A valid credential about to expire, for the workbench's attention. */
record ExpiringCredential(long officerId, String officerName, long agencyId, String number, LocalDate validUntil,
        CredentialStatus status) {

    /** As on the given day: a valid credential past its date shows as expired. */
    ExpiringCredential on(LocalDate today) {
        return status == CredentialStatus.VALID && validUntil.isBefore(today)
                ? new ExpiringCredential(officerId, officerName, agencyId, number, validUntil, CredentialStatus.EXPIRED)
                : this;
    }
}

/** What the registry's workbench panel shows: credentials to renew and agencies short of legal reviewers. */
record CredentialWatch(int days, List<ExpiringCredential> expiring, int moreExpiring,
        List<ReviewerIndicator> shortOfReviewers) {
}

package org.sanxiang.registry.internal.agency;

/** An agency as lists and pages show it. */
public record AgencyView(long id, String name, String uscc, Agency.Level level, String domain, Agency.Kind kind,
        Long parentId, String parentName, String region, String address, String phone, String complaintPhone,
        String legalBasis, long version) {
}

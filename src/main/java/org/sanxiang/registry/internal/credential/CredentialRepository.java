package org.sanxiang.registry.internal.credential;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CredentialRepository extends JpaRepository<Credential, Long> {

    Optional<Credential> findByNumber(String number);

    boolean existsByNumber(String number);

    List<Credential> findByOfficerIdOrderByIssuedOnDesc(long officerId);

    List<Credential> findByOfficerIdIn(Collection<Long> officerIds);

    /**
     * The credentials of officers in post that need renewing, not yet replaced by a newer one: suspended or
     * expired (the officer may not act now) first, then valid ones that expire by {@code to}, soonest first.
     */
    @Query("select new org.sanxiang.registry.internal.credential.ExpiringCredential(o.id, o.name, o.agencyId, c.number, "
            + "c.validUntil, c.status) from Credential c, Officer o where o.id = c.officerId and o.active = true "
            + "and (c.status = org.sanxiang.registry.CredentialStatus.SUSPENDED "
            + "or (c.status = org.sanxiang.registry.CredentialStatus.VALID and c.validUntil <= :to)) "
            + "and not exists (select r.id from Credential r where r.officerId = c.officerId and r.id <> c.id "
            + "and (r.issuedOn > c.issuedOn or (r.status = org.sanxiang.registry.CredentialStatus.VALID "
            + "and r.validUntil > :to))) "
            + "order by case when c.status = org.sanxiang.registry.CredentialStatus.VALID and c.validUntil >= :today "
            + "then 1 else 0 end, c.validUntil, o.name")
    List<ExpiringCredential> findNeedingRenewal(LocalDate today, LocalDate to);
}

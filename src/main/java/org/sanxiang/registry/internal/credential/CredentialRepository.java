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

    /** Valid credentials of active officers that expire between the dates, soonest first. */
    @Query("select new org.sanxiang.registry.internal.credential.ExpiringCredential(o.id, o.name, o.agencyId, c.number, "
            + "c.validUntil) from Credential c, Officer o where o.id = c.officerId and o.active = true "
            + "and c.status = org.sanxiang.registry.CredentialStatus.VALID and c.validUntil between :from and :to "
            + "order by c.validUntil, o.name")
    List<ExpiringCredential> findExpiring(LocalDate from, LocalDate to);
}

package org.sanxiang.registry.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AgencyRepository extends JpaRepository<Agency, Long>, JpaSpecificationExecutor<Agency> {

    boolean existsByUscc(String uscc);

    Optional<Agency> findByUscc(String uscc);

    List<Agency> findAllByOrderByName();

    List<Agency> findByParentId(Long parentId);
}

interface AgencyUnitRepository extends JpaRepository<AgencyUnit, Long> {

    List<AgencyUnit> findByAgencyIdOrderByName(long agencyId);

    Optional<AgencyUnit> findByAgencyIdAndName(long agencyId, String name);
}

interface OfficerRepository extends JpaRepository<Officer, Long>, JpaSpecificationExecutor<Officer> {

    boolean existsByIdNumberDigest(String digest);

    long countByAgencyIdAndActiveTrue(long agencyId);

    List<Officer> findByAgencyIdAndNameAndActiveTrue(long agencyId, String name);
}

interface CredentialRepository extends JpaRepository<Credential, Long> {

    Optional<Credential> findByNumber(String number);

    boolean existsByNumber(String number);

    List<Credential> findByOfficerIdOrderByIssuedOnDesc(long officerId);

    List<Credential> findByOfficerIdIn(Collection<Long> officerIds);
}

interface CredentialStatusChangeRepository extends JpaRepository<CredentialStatusChange, Long> {

    List<CredentialStatusChange> findByCredentialIdOrderByIdDesc(long credentialId);
}

interface LegalStaffRepository extends JpaRepository<LegalStaff, Long> {

    List<LegalStaff> findByAgencyIdOrderByKindAscNameAsc(long agencyId);

    long countByAgencyIdAndKindAndActiveTrue(long agencyId, LegalStaff.Kind kind);
}

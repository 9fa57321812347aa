package org.sanxiang.registry.internal.officer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface OfficerRepository extends JpaRepository<Officer, Long>, JpaSpecificationExecutor<Officer> {

    boolean existsByIdNumberDigest(String digest);

    Optional<Officer> findByIdNumberDigest(String digest);

    List<Officer> findByAgencyId(long agencyId);

    long countByAgencyIdAndActiveTrue(long agencyId);

    List<Officer> findTop50ByAgencyIdAndNameContainingAndActiveTrueOrderByName(long agencyId, String name);

    Optional<Officer> findByAccountUsername(String username);
}

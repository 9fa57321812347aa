package org.sanxiang.registry.internal;

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

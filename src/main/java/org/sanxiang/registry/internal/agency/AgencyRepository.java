package org.sanxiang.registry.internal.agency;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface AgencyRepository extends JpaRepository<Agency, Long>, JpaSpecificationExecutor<Agency> {

    boolean existsByUscc(String uscc);

    Optional<Agency> findByUscc(String uscc);

    List<Agency> findAllByOrderByName();

    @Query("select a.id from Agency a where a.parentId in :parentIds")
    List<Long> findIdsByParentIdIn(Collection<Long> parentIds);
}

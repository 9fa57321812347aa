package org.sanxiang.casework.internal.party;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartyRepository extends JpaRepository<Party, Long> {

    Optional<Party> findByAgencyIdAndCreditCode(long agencyId, String creditCode);

    Optional<Party> findByAgencyIdAndIdTypeAndIdNumberDigest(long agencyId, IdType idType, String digest);

    /** By a word of the name, or a credit code, registration number or ID number (its digest) exactly. */
    @Query("""
            select p from Party p where (:all = true or p.agencyId in :agencies)
              and (:word is null or p.name like concat('%', :word, '%') or p.creditCode = :word
                   or p.registrationNumber = :word or p.idNumberDigest = :digest)
            order by p.name, p.id""")
    Page<Party> search(boolean all, Collection<Long> agencies, String word, String digest, Pageable pageable);
}

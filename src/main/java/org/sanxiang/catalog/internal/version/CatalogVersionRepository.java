package org.sanxiang.catalog.internal.version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;
import org.sanxiang.catalog.CatalogList;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CatalogVersionRepository extends JpaRepository<CatalogVersion, Long>,
        JpaSpecificationExecutor<CatalogVersion> {

    /** An item's versions, newest first. */
    List<CatalogVersion> findByAgencyIdAndListAndCodeOrderByNumberDesc(long agencyId, CatalogList list, String code);

    List<CatalogVersion> findByAgencyIdAndListOrderByCodeAscNumberDesc(long agencyId, CatalogList list);

    default Optional<CatalogVersion> latest(long agencyId, CatalogList list, String code) {
        return findByAgencyIdAndListAndCodeOrderByNumberDesc(agencyId, list, code).stream().findFirst();
    }

    /**
     * A reader's filters; a {@code null} or blank one does not filter.
     *
     * @param q words in the name or the code
     */
    record Filter(Long agencyId, String q, String category, String unit) {
    }

    /** The versions of a list in force on the day (published, the day within their dates), by agency and code. */
    default Page<CatalogVersion> inForce(CatalogList list, LocalDate day, Filter filter, Pageable page) {
        Specification<CatalogVersion> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("list"), list));
            where.add(root.get("state").in(VersionState.PUBLISHED, VersionState.SUPERSEDED, VersionState.REPEALED));
            where.add(cb.lessThanOrEqualTo(root.get("effectiveFrom"), day));
            where.add(cb.or(cb.isNull(root.get("effectiveUntil")), cb.greaterThanOrEqualTo(root.get("effectiveUntil"),
                    day)));
            if (filter.agencyId() != null) {
                where.add(cb.equal(root.get("agencyId"), filter.agencyId()));
            }
            if (filter.q() != null && !filter.q().isBlank()) {
                String like = "%" + filter.q().strip().toLowerCase(Locale.ROOT).replace("%", "") + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("name")), like), cb.like(cb.lower(root.get("code")), like),
                        cb.like(cb.lower(root.get("content")), like)));
            }
            if (filter.category() != null && !filter.category().isBlank()) {
                where.add(cb.equal(root.get("category"), filter.category()));
            }
            if (filter.unit() != null && !filter.unit().isBlank()) {
                where.add(cb.equal(root.get("unit"), filter.unit()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return findAll(spec, org.springframework.data.domain.PageRequest.of(page.getPageNumber(), page.getPageSize(),
                Sort.by("agencyId", "code")));
    }
}

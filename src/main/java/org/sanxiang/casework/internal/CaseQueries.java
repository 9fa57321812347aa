package org.sanxiang.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaSubQuery;
import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.internal.enforcementcase.CaseRepository;
import org.sanxiang.casework.internal.enforcementcase.EnforcementCase;
import org.sanxiang.platform.AgencyScope;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.PartlyCountedPage;
import org.sanxiang.platform.VisibleAgencies;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case lists: filtered, counted and paged, within the reader's scope. A list's total is exact up to
 * {@value #COUNTED_UP_TO} cases (or the page asked for, if deeper); past it the page says "more than" that many: an
 * exact count of an agency's hundreds of thousands of cases took longer than the page itself (bench/cases.md).
 */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

    static final int COUNTED_UP_TO = 10_000;

    private final CaseRepository cases;
    private final AgencyScope scope;
    private final EntityManager entityManager;

    CaseQueries(CaseRepository cases, AgencyScope scope, EntityManager entityManager) {
        this.cases = cases;
        this.scope = scope;
        this.entityManager = entityManager;
    }

    /**
     * A list's filters; a {@code null} one does not filter.
     *
     * @param overdue  true: a time limit of the agency's has passed; false: none has
     * @param officer  an officer handling the case, by id
     * @param party    the party's record, by id
     * @param q        words in the number, the title or the party's name
     * @param mine     the cases of the signed-in officer's account (待办)
     */
    public record Filter(Long agencyId, String state, Procedure procedure, Boolean overdue, Long officer, Long party,
            Long unit, LocalDate openedFrom, LocalDate openedTo, String q, boolean mine) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null, null, null, false);
        }
    }

    public Page<EnforcementCase> list(CurrentUser user, Filter filter, LocalDate today, Pageable page) {
        VisibleAgencies visible = scope.visibleTo(user);
        Specification<EnforcementCase> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(scoped(visible, root, cb));
            if (filter.agencyId() != null) {
                where.add(cb.equal(root.get("agencyId"), filter.agencyId()));
            }
            if (filter.state() != null && !filter.state().isBlank()) {
                where.add(cb.equal(root.get("state"), filter.state()));
            }
            if (filter.procedure() != null) {
                where.add(cb.equal(root.get("procedure"), filter.procedure()));
            }
            if (filter.overdue() != null) {
                where.add(filter.overdue() ? cb.lessThan(root.get("nextDue"), today)
                        : cb.or(cb.isNull(root.get("nextDue")), cb.greaterThanOrEqualTo(root.get("nextDue"), today)));
            }
            if (filter.mine()) {
                where.add(handledBy(root, query, cb, "username", user.username()));
            } else if (filter.officer() != null) {
                where.add(handledBy(root, query, cb, "officerId", filter.officer()));
            }
            if (filter.party() != null) {
                where.add(cb.equal(root.get("partyId"), filter.party()));
            }
            if (filter.unit() != null) {
                where.add(cb.equal(root.get("unitId"), filter.unit()));
            }
            if (filter.openedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("openedOn"), filter.openedFrom()));
            }
            if (filter.openedTo() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("openedOn"), filter.openedTo()));
            }
            if (filter.q() != null && !filter.q().isBlank()) {
                String like = "%" + filter.q().strip().replace("%", "") + "%";
                where.add(cb.or(cb.like(root.get("number"), like), cb.like(root.get("title"), like),
                        cb.like(root.get("partyName"), like)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        Pageable newestFirst = PageRequest.of(page.getPageNumber(), page.getPageSize(),
                Sort.by(Sort.Direction.DESC, "id"));
        List<EnforcementCase> rows = cases.findBy(spec, q -> q.slice(newestFirst)).getContent();
        if (page.getPageNumber() == 0 && rows.size() < page.getPageSize()) {
            return new PageImpl<>(rows, newestFirst, rows.size());
        }
        // deep enough to know whether the page after this one has rows
        long upTo = Math.max(COUNTED_UP_TO, newestFirst.getOffset() + 2L * page.getPageSize());
        return PartlyCountedPage.of(rows, newestFirst, countUpTo(spec, upTo + 1), upTo);
    }

    /**
     * The cases of the reader's scope in one of the given states of their procedure, the most recently opened first:
     * those waiting for a step (a head's approval, an officer's next one) wherever they are in the list.
     *
     * @param mine only the cases the reader's account handles
     */
    public List<EnforcementCase> inStates(CurrentUser user, Map<Procedure, Set<String>> states, boolean mine,
            int most) {
        VisibleAgencies visible = scope.visibleTo(user);
        Specification<EnforcementCase> spec = (root, query, cb) -> {
            List<Predicate> inState = states.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                    .map(e -> cb.and(cb.equal(root.get("procedure"), e.getKey()), root.get("state").in(e.getValue())))
                    .toList();
            return cb.and(scoped(visible, root, cb),
                    mine ? handledBy(root, query, cb, "username", user.username()) : cb.conjunction(),
                    inState.isEmpty() ? cb.disjunction() : cb.or(inState.toArray(Predicate[]::new)));
        };
        return cases.findAll(spec, PageRequest.of(0, most, Sort.by(Sort.Direction.DESC, "id"))).getContent();
    }

    private static Predicate scoped(VisibleAgencies visible, Root<EnforcementCase> root, CriteriaBuilder cb) {
        return visible.isAll() ? cb.conjunction()
                : visible.isEmpty() ? cb.disjunction() : root.get("agencyId").in(visible.ids());
    }

    // the cases whose officers include one with this attribute (username, officerId)
    private static Predicate handledBy(Root<EnforcementCase> root, CriteriaQuery<?> query, CriteriaBuilder cb,
            String attribute, Object value) {
        Subquery<Long> officers = query.subquery(Long.class);
        var officer = officers.from(CaseOfficerRow.class);
        officers.select(officer.get("caseId")).where(cb.equal(officer.get(attribute), value));
        return root.get("id").in(officers);
    }

    // select count(*) from (select id from enforcement_case where … fetch first n rows only): stops at n
    private long countUpTo(Specification<EnforcementCase> spec, long n) {
        HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) entityManager.getCriteriaBuilder();
        JpaCriteriaQuery<Long> count = cb.createQuery(Long.class);
        JpaSubQuery<Long> matching = count.subquery(Long.class);
        Root<EnforcementCase> kase = matching.from(EnforcementCase.class);
        Expression<Long> id = kase.get("id");
        id.alias("id"); // a subquery in a from clause names its columns
        matching.select(id).where(spec.toPredicate(kase, count, cb)).fetch(n);
        count.from(matching);
        count.select(cb.count());
        return entityManager.createQuery(count).getSingleResult();
    }
}

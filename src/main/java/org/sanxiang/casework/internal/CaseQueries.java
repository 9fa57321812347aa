package org.sanxiang.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.internal.enforcementcase.CaseRepository;
import org.sanxiang.casework.internal.enforcementcase.EnforcementCase;
import org.sanxiang.platform.AgencyScope;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.VisibleAgencies;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case lists: filtered, counted and paged, within the reader's scope. */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

    private final CaseRepository cases;
    private final AgencyScope scope;

    CaseQueries(CaseRepository cases, AgencyScope scope) {
        this.cases = cases;
        this.scope = scope;
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
            if (!visible.isAll()) {
                where.add(visible.isEmpty() ? cb.disjunction() : root.get("agencyId").in(visible.ids()));
            }
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
            if (filter.officer() != null || filter.mine()) {
                Subquery<Long> officers = query.subquery(Long.class);
                var officer = officers.from(CaseOfficerRow.class);
                officers.select(officer.get("caseId")).where(filter.mine()
                        ? cb.equal(officer.get("username"), user.username())
                        : cb.equal(officer.get("officerId"), filter.officer()));
                where.add(root.get("id").in(officers));
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
        return cases.findAll(spec, PageRequest.of(page.getPageNumber(), page.getPageSize(),
                Sort.by(Sort.Direction.DESC, "id")));
    }
}

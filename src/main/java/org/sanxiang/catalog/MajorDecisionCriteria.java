package org.sanxiang.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An agency's 重大执法决定法制审核目录清单 as in force on a day, for the legal review: a draft decision is major, and
 * needs a passed review before it is made (行政处罚法 第五十八条), when it meets one entry's every condition.
 */
public interface MajorDecisionCriteria {

    /** The entries of the agency's list in force on the day, in the list's order; empty when it has none. */
    List<Criterion> inForce(long agencyId, LocalDate day);

    /**
     * One entry of the list. A condition left empty (an empty set, {@code null}, {@code false}) does not restrict.
     *
     * @param procedures            casework procedures by name (GENERAL_PENALTY, SUMMARY_PENALTY, COERCIVE_MEASURE,
     *                              INSPECTION)
     * @param outcomes              the decision's outcomes (PENALTY, NO_PENALTY, TRANSFER_JUDICIAL, TRANSFER_OTHER,
     *                              WITHDRAW)
     * @param penalties             the penalty's kinds (WARNING, FINE, FINE_AND_CONFISCATION, CONFISCATION, LICENCE,
     *                              BUSINESS)
     * @param minAmountPerson       a fine or confiscation at or above this for a natural person (yuan); when either
     *                              amount is set, a party of a kind whose amount is {@code null} does not meet it
     * @param minAmountOrganisation the same for a legal person or other organisation
     * @param hearingHeld           only a decision after a hearing
     * @param domains               the case's enforcement domains (market, …)
     * @param flags                 the handler's flags, any one of which meets it: PUBLIC_INTEREST (涉及重大公共利益),
     *                              SOCIAL_RISK (可能造成重大社会影响或引发社会风险), COMPLEX (案件情况疑难复杂、涉及多个法律关系),
     *                              CRIME (涉嫌犯罪需移送司法机关)
     * @param reviewUnit            the unit that reviews such decisions (行政审批科, 法制大队 …); {@code null}: the
     *                              agency's legal-review unit
     */
    record Criterion(String code, String name, int version, String legalBasis, Set<String> procedures,
            Set<String> outcomes, Set<String> penalties, BigDecimal minAmountPerson, BigDecimal minAmountOrganisation,
            boolean hearingHeld, Set<String> domains, Set<String> flags, String reviewUnit) {
    }
}

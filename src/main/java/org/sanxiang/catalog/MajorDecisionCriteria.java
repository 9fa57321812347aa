package org.sanxiang.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.catalog.internal.item.MajorDecisionTerms;

/**
 * An agency's 重大执法决定法制审核目录清单 as in force on a day, for the legal review: a draft decision that meets any
 * criterion is major and is not made before the legal review passed it (行政处罚法 第五十八条; seeds 000–004 §法制审核).
 * Conditions are in casework's codes (procedures {@code GENERAL_PENALTY} …, outcomes {@code PENALTY} …, penalties
 * {@code FINE} …); an empty condition does not limit, and a criterion is met when all its conditions are.
 */
public interface MajorDecisionCriteria {

    /**
     * The circumstances a handler marks that make a case major (行政处罚法 第五十八条第一款（一）（三）; seed 000 §三2),
     * code → 中文: the list's criteria name them and the review's submission form offers them.
     */
    Map<String, String> FLAGS = flags("PUBLIC_INTEREST", "涉及重大公共利益", "SOCIAL_RISK", "可能造成重大社会影响或引发社会风险",
            "COMPLEX", "案件情况疑难复杂、涉及多个法律关系", "CRIME", "涉嫌犯罪需移送司法机关");

    private static Map<String, String> flags(String... pairs) {
        Map<String, String> flags = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            flags.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(flags);
    }

    /** The words the list and casework's forms use for a term ("outcomes", "penalties", ...); the code if unknown. */
    static String words(String field, String code) {
        return MajorDecisionTerms.TERMS.getOrDefault(field, Map.of())
                .getOrDefault(code, code);
    }

    List<Criterion> inForce(long agencyId, LocalDate day);

    /** The first criterion in force that the draft meets: the reason it needs review. */
    default Optional<Criterion> matching(long agencyId, LocalDate day, Draft draft) {
        return inForce(agencyId, day).stream().filter(c -> c.metBy(draft)).findFirst();
    }

    /**
     * A draft decision as a criterion looks at it.
     *
     * @param amount the fine or the value confiscated, {@code null} or zero when none
     * @param flags  what the handler marked: PUBLIC_INTEREST, SOCIAL_RISK, COMPLEX, CRIME
     */
    record Draft(String procedure, String outcome, String penalty, BigDecimal amount, boolean naturalPerson,
            boolean hearingHeld, String domain, Set<String> flags) {
    }

    /**
     * One criterion of the list, with the version and the unit that reviews what meets it.
     *
     * @param minAmountPerson       a fine from which a natural person's case is major; {@code null}: no such limit
     * @param hearingHeld           only cases that had a hearing
     * @param flags                 any one of them makes the case major; empty: no such condition
     */
    record Criterion(String code, String name, int version, String legalBasis, Set<String> procedures,
            Set<String> outcomes, Set<String> penalties, BigDecimal minAmountPerson, BigDecimal minAmountOrganisation,
            boolean hearingHeld, Set<String> domains, Set<String> flags, String reviewUnit) {

        public boolean metBy(Draft draft) {
            return within(procedures, draft.procedure()) && within(outcomes, draft.outcome())
                    && within(penalties, draft.penalty()) && within(domains, draft.domain())
                    && (!hearingHeld || draft.hearingHeld()) && amountMet(draft)
                    && (flags.isEmpty() || draft.flags().stream().anyMatch(flags::contains));
        }

        private boolean amountMet(Draft draft) {
            BigDecimal threshold = draft.naturalPerson() ? minAmountPerson : minAmountOrganisation;
            if (minAmountPerson == null && minAmountOrganisation == null) {
                return true;
            }
            return threshold != null && draft.amount() != null && draft.amount().compareTo(threshold) >= 0;
        }

        private static boolean within(Set<String> allowed, String value) {
            return allowed.isEmpty() || value != null && allowed.contains(value);
        }
    }
}

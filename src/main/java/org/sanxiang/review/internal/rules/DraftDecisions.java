package org.sanxiang.review.internal.rules;

import java.math.BigDecimal;
import java.util.Set;

import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.StepValues;
import org.sanxiang.catalog.MajorDecisionCriteria;
import org.sanxiang.catalog.MajorDecisionCriteria.Draft;

/**
 * The decision a case is heading for, as the criteria look at it: the decision form's outcome, penalty and fine
 * when it is being sent, else what the investigation proposed ({@code proposedPenalty}, {@code proposedFine}).
 */
public final class DraftDecisions {

    private DraftDecisions() {
    }

    public static Draft of(Procedure procedure, CaseFacts kase, StepValues input, Set<String> flags) {
        StepValues facts = kase.data();
        String penalty = input.text("penalty").or(() -> facts.text("proposedPenalty")).orElse(null);
        String outcome = input.text("outcome").orElse(procedure == Procedure.COERCIVE_MEASURE ? "MEASURE"
                : penalty == null ? "NO_PENALTY" : "PENALTY");
        BigDecimal amount = input.amount("fine").or(() -> facts.amount("proposedFine")).orElse(null);
        return new Draft(procedure.name(), outcome, "PENALTY".equals(outcome) ? penalty : null,
                "PENALTY".equals(outcome) ? amount : null, kase.partyKind() == null || kase.partyKind().naturalPerson(),
                kase.taken("hold-hearing"), kase.domain(), flags);
    }

    /** A drafted decision in the list's words: 给予行政处罚，罚款，80000元. */
    public static String words(String outcome, String penalty, BigDecimal fine) {
        return MajorDecisionCriteria.words("outcomes", outcome)
                + (penalty == null ? "" : "，" + MajorDecisionCriteria.words("penalties", penalty))
                + (fine == null ? "" : "，" + fine.stripTrailingZeros().toPlainString() + "元");
    }
}

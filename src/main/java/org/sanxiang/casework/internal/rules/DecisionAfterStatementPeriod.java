package org.sanxiang.casework.internal.rules;

import java.util.Optional;

import org.sanxiang.casework.CaseFacts.Deadline;
import org.sanxiang.casework.CaseStep;
import org.sanxiang.casework.internal.deadline.Deadlines;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第四十四条 and 第六十二条: no penalty decision before the party was told of it and its rights, and before
 * the party's statement and defence were heard — "拒绝听取当事人的陈述、申辩，不得作出行政处罚决定；当事人明确放弃陈述或者申辩
 * 权利的除外". A decision comes after the statement was recorded and re-checked, after an express waiver, or after
 * the five working days passed in silence, or after the hearing the party asked for.
 */
@Component
public class DecisionAfterStatementPeriod extends LegalRule<CaseStep> {

    public DecisionAfterStatementPeriod() {
        super("decision-after-statement-period", "行政处罚法 第四十四、六十二条", CONFLICT,
                "告知送达后，听取陈述申辩、当事人明确放弃或者期限届满，方可作出处罚决定",
                "A penalty is decided only after the notice was served and the statement heard, waived or its period over",
                CaseCommands.of("decide"));
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        if (!"PENALTY".equals(facts.input().text("outcome").orElse(""))) {
            return allowed();
        }
        Optional<Deadline> period = facts.kase().deadline(Deadlines.STATEMENT_PERIOD);
        if (period.isEmpty()) {
            return refuse("尚未向当事人送达行政处罚告知书", "The party has not been served the notice of the proposed penalty");
        }
        // a hearing is the party's defence heard in its fullest form (第六十五条: 根据听证笔录作出决定)
        boolean heard = facts.kase().taken("record-statement") || facts.kase().taken("waive-statement")
                || facts.kase().taken("hold-hearing");
        return heard || facts.today().isAfter(period.get().due()) ? allowed()
                : refuse("陈述、申辩期限至 " + period.get().due() + " 届满，当事人尚未陈述申辩或明确放弃",
                        "The party may state and defend until " + period.get().due());
    }
}

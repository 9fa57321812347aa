package org.sanxiang.casework.internal.rules;

import java.util.Optional;

import org.sanxiang.casework.CaseFacts.Deadline;
import org.sanxiang.casework.CaseStep;
import org.sanxiang.casework.internal.deadline.Deadlines;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第六十条: "行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定" — excluded periods (中止, 听证,
 * 检测/鉴定) do not count, an approved extension does. Past the limit the case is first extended (and the miss is
 * on record); a decision is not quietly taken late.
 */
@Component
public class CaseTimeLimit extends LegalRule<CaseStep> {

    public CaseTimeLimit() {
        super("case-time-limit", "行政处罚法 第六十条；《市场监督管理行政处罚程序规定》", CONFLICT,
                "自立案之日起九十日内作出处理决定，经批准延长的除外",
                "A case is decided within 90 days of filing unless the limit was extended",
                CaseCommands.of("decide"));
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        Optional<Deadline> limit = facts.kase().deadline(Deadlines.CASE_TIME_LIMIT);
        return limit.isPresent() && facts.today().isAfter(limit.get().due())
                ? refuse("办案期限已于 " + limit.get().due() + " 届满，须经批准延长办案期限后方可作出决定",
                        "The case's time limit ended on " + limit.get().due() + "; extend it before deciding")
                : allowed();
    }
}

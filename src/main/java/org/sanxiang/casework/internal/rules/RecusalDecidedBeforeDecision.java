package org.sanxiang.casework.internal.rules;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.casework.CaseFacts.TakenStep;
import org.sanxiang.casework.CaseStep;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第四十三条: "当事人认为执法人员与案件有直接利害关系……有权申请回避……回避决定作出之前，不停止调查". The
 * investigation goes on, but the report and the decision wait for the head's decision on every recusal asked.
 */
@Component
public class RecusalDecidedBeforeDecision extends LegalRule<CaseStep> {

    public RecusalDecidedBeforeDecision() {
        super("recusal-decided-before-decision", "行政处罚法 第四十三条", CONFLICT,
                "申请回避的，负责人作出回避决定后方可调查终结和作出决定",
                "A recusal asked for is decided before the report and the decision",
                CaseCommands.of("conclude-investigation", "decide"));
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        Set<Long> pending = new HashSet<>();
        for (TakenStep step : facts.kase().steps()) {
            if (step.transition().equals("declare-recusal")) {
                pending.addAll(step.record().ids("recusedOfficer"));
            } else if (step.transition().equals("decide-recusal")) {
                pending.removeAll(step.record().ids("recusedOfficer"));
            }
        }
        return pending.isEmpty() ? allowed()
                : refuse("有回避申请尚待负责人决定", "A recusal awaits the head's decision");
    }
}

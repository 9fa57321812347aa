package org.sanxiang.casework.internal.rules;

import java.util.Optional;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/** 行政处罚法 第六十四条（四）: "听证由行政机关指定的非本案调查人员主持". */
@Component
public class HearingPresidedByNonInvestigator extends LegalRule<CaseStep> {

    public HearingPresidedByNonInvestigator() {
        super("hearing-presided-by-non-investigator", "行政处罚法 第六十四条第四项", CONFLICT,
                "听证由非本案调查人员主持", "The hearing is presided over by someone who did not investigate the case",
                CaseCommands.of("notify-hearing"));
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        if (facts.input().ids("presiding").isEmpty()) {
            return allowed(); // the record's schema asks for the presiding officer
        }
        if (facts.input().ids("presiding").size() != 1) {
            return refuse("须指定一名听证主持人", "Name one presiding officer");
        }
        long presiding = facts.input().ids("presiding").get(0);
        return facts.kase().officers().stream().anyMatch(o -> o.officerId() == presiding)
                ? refuse("听证主持人是本案调查人员，须另行指定", "The presiding officer investigated this case")
                : allowed();
    }
}

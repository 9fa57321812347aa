package org.sanxiang.casework.internal.rules;

import java.util.Optional;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.casework.internal.deadline.Deadlines;
import org.sanxiang.platform.rule.Flag;
import org.sanxiang.platform.rule.Indicator;
import org.sanxiang.platform.rule.RuleParameter;
import org.sanxiang.platform.rule.RuleSettings;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第五十二条: "执法人员当场作出的行政处罚决定，应当报所属行政机关备案" — the law sets no period, nor do the
 * seeds. The period is therefore the agency's to set; the default of seven working days follows the practice of
 * 市场监督管理 agencies under 《市场监督管理行政处罚程序规定》 (the article that sets it is not confirmed: check the
 * agency's own rule before relying on the default).
 * A filing after the period is still taken (the decision must be on file) and flagged: the period is a deadline of
 * the case ({@link Deadlines#SUMMARY_FILING}), recorded as missed when it passes.
 */
@Component
public class SummaryDecisionFiledInTime extends Indicator<CaseStep> {

    private final RuleParameter<Integer> workingDays;

    public SummaryDecisionFiledInTime(RuleSettings settings) {
        super("summary-decision-filed-in-time", "行政处罚法 第五十二条；《市场监督管理行政处罚程序规定》",
                "当场作出的行政处罚决定，应当在作出决定后规定的工作日内报所属行政机关备案",
                "A decision on the spot is filed with the agency within the set working days",
                CaseCommands.of("file-record"));
        workingDays = parameter(settings, "working-days", 7, "作出决定后报所属机关备案的工作日数",
                "Working days after the decision to file it with the agency");
    }

    /** The period in force for the agency with this 统一社会信用代码. */
    public int workingDays(String agencyCode) {
        return workingDays.valueFor(agencyCode);
    }

    @Override
    public Optional<Flag> check(CaseStep facts) {
        return facts.kase().deadline(Deadlines.SUMMARY_FILING).filter(d -> d.missedOn(facts.today()))
                .map(d -> flag("备案期限已于 " + d.due() + " 届满", "The filing was due on " + d.due()))
                .orElseGet(this::met);
    }
}

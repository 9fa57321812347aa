package org.sanxiang.casework.internal.rules;

import java.util.Optional;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.casework.internal.deadline.Deadlines;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第五十六条: "先行登记保存……应当在七日内及时作出处理决定" (working days, 第八十五条); late, the preservation has
 * lapsed (《市场监督管理行政处罚程序规定》: 逾期未作出处理决定的，先行登记保存措施自动解除).
 */
@Component
public class PreservationDecidedWithinSevenDays extends LegalRule<CaseStep> {

    public PreservationDecidedWithinSevenDays() {
        super("preservation-decided-within-seven-days", "行政处罚法 第五十六条、第八十五条", CONFLICT,
                "先行登记保存的证据应当在七个工作日内作出处理决定", "Preserved evidence is decided on within seven working days",
                CaseCommands.of("decide-preservation"));
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        return facts.kase().deadline(Deadlines.PRESERVATION_DECISION).map(d -> {
            if (!d.open()) {
                return refuse("该先行登记保存已于 " + d.metOn() + " 作出处理决定", "Already decided on " + d.metOn());
            }
            return facts.today().isAfter(d.due())
                    ? refuse("先行登记保存已于 " + d.due() + " 逾期（七个工作日），措施自动解除",
                            "The preservation lapsed on " + d.due())
                    : allowed();
        }).orElseGet(() -> refuse("本案没有先行登记保存的证据", "Nothing was preserved in this case"));
    }
}

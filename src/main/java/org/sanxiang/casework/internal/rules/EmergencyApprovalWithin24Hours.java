package org.sanxiang.casework.internal.rules;

import java.time.Duration;
import java.util.Optional;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 行政强制法 第十九条: "情况紧急，需要当场实施行政强制措施的，行政执法人员应当在二十四小时内向行政机关负责人报告，并补办批准
 * 手续……行政机关负责人认为不应当采取行政强制措施的，应当立即解除". After 24 hours there is no approval to make up:
 * the measure is released.
 */
@Component
public class EmergencyApprovalWithin24Hours extends LegalRule<CaseStep> {

    public EmergencyApprovalWithin24Hours() {
        super("emergency-approval-within-24-hours", "行政强制法 第十九条", CONFLICT,
                "当场实施的行政强制措施应当在二十四小时内报告负责人并补办批准手续",
                "An emergency measure is reported and approved within 24 hours", CaseCommands.of("approve-emergency"));
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        return facts.kase().last("apply-emergency").map(applied -> {
            if (facts.kase().taken("approve-emergency")) {
                return refuse("已补办批准手续", "Already approved");
            }
            return Duration.between(applied.at(), facts.now()).compareTo(Duration.ofHours(24)) > 0
                    ? refuse("当场实施已超过二十四小时，不能补办批准，应当立即解除",
                            "More than 24 hours have passed: release the measure")
                    : allowed();
        }).orElseGet(() -> refuse("该强制措施不是情况紧急时当场实施的，无需补办批准", "This measure was approved beforehand"));
    }
}

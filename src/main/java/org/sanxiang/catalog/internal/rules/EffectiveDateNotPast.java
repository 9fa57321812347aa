package org.sanxiang.catalog.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 未经公布的，不得作为行政处罚的依据: a list binds from its publication on, so its effective date (or a repeal's) is
 * today or later, never backdated.
 */
@Component
public class EffectiveDateNotPast extends LegalRule<VersionStep> {

    public EffectiveDateNotPast() {
        super("effective-date-not-past", "行政处罚法 第五条第三款", UNPROCESSABLE,
                "清单的生效（或废止）日期为今天或以后，不能倒签",
                "A list takes effect (or is repealed) today or later, never backdated", VersionStep.PUBLISH,
                VersionStep.REPEAL);
    }

    @Override
    public Optional<Refusal> check(VersionStep facts) {
        if (facts.effectiveFrom() == null) {
            return refuse("请填写生效日期", "Give the effective date");
        }
        return facts.effectiveFrom().isBefore(facts.today())
                ? refuse("日期 " + facts.effectiveFrom() + " 早于今天（" + facts.today() + "）",
                        "The date " + facts.effectiveFrom() + " is before today (" + facts.today() + ")")
                : allowed();
    }
}

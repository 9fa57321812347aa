package org.sanxiang.casework.internal.rules;

import java.util.Optional;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.casework.internal.deadline.Deadlines;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 行政强制法 第二十五条: "查封、扣押的期限不得超过三十日；情况复杂的，经行政机关负责人批准，可以延长，但是延长期限不得超过三十日"
 * and the extension is notified in writing with its reasons — once, within the period.
 */
@Component
public class MeasureExtendedOnce extends LegalRule<CaseStep> {

    public MeasureExtendedOnce() {
        super("measure-extended-once", "行政强制法 第二十五条", CONFLICT,
                "查封、扣押期限经负责人批准可延长一次，不超过三十日，并书面告知当事人",
                "A seizure is extended once, by 30 days at most, with written notice", CaseCommands.of("extend-measure"));
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        if (facts.kase().taken("extend-measure")) {
            return refuse("查封、扣押期限已延长过一次，不得再次延长", "The measure was already extended once");
        }
        if (facts.input().days("days").orElse(0) > 30) {
            return refuse("延长期限不得超过三十日", "An extension is 30 days at most");
        }
        return facts.kase().deadline(Deadlines.MEASURE_PERIOD).filter(d -> facts.today().isAfter(d.due()))
                .map(d -> refuse("查封、扣押期限已于 " + d.due() + " 届满，应当解除", "The measure expired on " + d.due()
                        + " and is released")).orElse(allowed());
    }
}

package org.sanxiang.casework.internal.rules;

import java.util.Optional;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 《市场监督管理行政处罚程序规定》(case limit): "案情复杂或者其他原因，不能在规定期限内作出处理决定的，经市场监督管理部门
 * 负责人批准，可以延长三十日。案情特别复杂或者有其他特殊情况，经延期仍不能作出处理决定的，应当由市场监督管理部门负责人集体讨论
 * 决定是否继续延期". The first extension is 30 days at most; a further one follows a collective discussion.
 */
@Component
public class TimeLimitExtension extends LegalRule<CaseStep> {

    public TimeLimitExtension() {
        super("time-limit-extension", "《市场监督管理行政处罚程序规定》（办案期限延长）", CONFLICT,
                "经负责人批准可延长办案期限三十日；再次延长须经负责人集体讨论决定",
                "The head may extend the limit by 30 days; a further extension is decided collectively",
                CaseCommands.of("extend-time-limit"));
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        boolean first = !facts.kase().taken("extend-time-limit");
        if (first) {
            return facts.input().days("days").orElse(0) <= 30 ? allowed()
                    : refuse("首次延长办案期限不得超过三十日", "A first extension is 30 days at most");
        }
        return facts.kase().taken("discuss-collectively") ? allowed()
                : refuse("办案期限已延长过一次，继续延期须经机关负责人集体讨论决定",
                        "The limit was extended once; a further extension needs a collective discussion");
    }
}

package org.sanxiang.catalog.internal.rules;

import java.util.Optional;

import org.sanxiang.catalog.internal.version.VersionState;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/** 行政执法事项清单……应当经合法性审核后公开: only a version whose legality review passed is published. */
@Component
public class PublishedAfterLegalityReview extends LegalRule<VersionStep> {

    public PublishedAfterLegalityReview() {
        super("published-after-legality-review",
                "衡阳市市场监管局“三项制度”实施方案（seed 000）二（一）2：行政执法事项清单应当经合法性审核后公开",
                CONFLICT, "清单事项须经合法性审核通过后才能公布",
                "A list item is published only after its legality review has passed", VersionStep.PUBLISH);
    }

    @Override
    public Optional<Refusal> check(VersionStep facts) {
        return facts.state() == VersionState.PASSED ? allowed()
                : refuse("该版本未经合法性审核通过（当前：" + StateNames.zh(facts.state()) + "），不能公布",
                        "This version has not passed its legality review (it is " + facts.state()
                                + ") and cannot be published");
    }
}

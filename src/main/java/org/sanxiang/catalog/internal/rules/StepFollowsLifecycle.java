package org.sanxiang.catalog.internal.rules;

import java.util.Optional;
import java.util.Set;

import org.sanxiang.catalog.internal.version.VersionState;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * A list is drafted, passes its legality review and only then is published (seed 000 二（一）2, 002 三（一）1): a
 * draft or a returned version is edited and submitted, a submitted one is reviewed, a published one repealed.
 * Publication has its own rule, {@link PublishedAfterLegalityReview}.
 */
@Component
public class StepFollowsLifecycle extends LegalRule<VersionStep> {

    public StepFollowsLifecycle() {
        super("step-follows-lifecycle", "衡阳市市场监管局“三项制度”实施方案（seed 000）二（一）2：清单经合法性审核后公开",
                CONFLICT, "清单事项依次经过起草、送审、合法性审核、公布，已公布的事项才能废止",
                "A list item is drafted, submitted, reviewed and published in that order; only a published one is "
                        + "repealed",
                VersionStep.EDIT, VersionStep.SUBMIT, VersionStep.PASS, VersionStep.RETURN, VersionStep.REPEAL);
    }

    @Override
    public Optional<Refusal> check(VersionStep facts) {
        Set<VersionState> from = switch (facts.step()) {
            case EDIT, SUBMIT -> Set.of(VersionState.DRAFT, VersionState.RETURNED);
            case PASS, RETURN -> Set.of(VersionState.SUBMITTED);
            case REPEAL -> Set.of(VersionState.PUBLISHED);
            case PUBLISH -> Set.of(VersionState.values());
        };
        return from.contains(facts.state()) ? allowed()
                : refuse("该版本处于“" + StateNames.zh(facts.state()) + "”状态，不能" + StateNames.zh(facts.step()),
                        "A version that is " + facts.state() + " cannot be taken to " + facts.step());
    }
}

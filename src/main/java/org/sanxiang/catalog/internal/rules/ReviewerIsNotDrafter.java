package org.sanxiang.catalog.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/** Who drafted a list item does not also review it: the review is a second pair of eyes. */
@Component
public class ReviewerIsNotDrafter extends LegalRule<VersionStep> {

    public ReviewerIsNotDrafter() {
        super("reviewer-is-not-drafter", "国办发〔2018〕118号（承办机构与法制审核机构分工）", CONFLICT,
                "起草人不能审核自己起草的清单事项", "The drafter of a list item does not review it", VersionStep.PASS,
                VersionStep.RETURN);
    }

    @Override
    public Optional<Refusal> check(VersionStep facts) {
        return facts.actor().username().equals(facts.drafter())
                ? refuse("该版本由您起草，须由其他法制审核人员审核", "You drafted this version; another reviewer reviews it")
                : allowed();
    }
}

package org.sanxiang.review.internal.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.review.ReviewStatus;
import org.sanxiang.review.internal.Checklist;

/** Steps asked of a review, for its rules' tests. */
final class ReviewSteps {

    private ReviewSteps() {
    }

    static final CurrentUser OFFICER = new CurrentUser(1, "wangming", "王明", 3L, Set.of(Role.OFFICER));
    static final CurrentUser REVIEWER = new CurrentUser(2, "zhoufa", "周法明", 3L, Set.of(Role.LEGAL_REVIEWER));
    static final CurrentUser HEAD = new CurrentUser(3, "sunju", "孙局长", 3L, Set.of(Role.AGENCY_HEAD));

    static ReviewStep step(ReviewStep.Step step, CurrentUser actor, ReviewStatus status) {
        return new ReviewStep(step, actor, status, true, false, false, Set.of("wangming"), "zhoufa", null, false, true,
                "说明", null, Map.of(), null, false);
    }

    static Optional<String> zh(LegalRule<ReviewStep> rule, ReviewStep facts) {
        return rule.check(facts).map(r -> r.messages().zh());
    }

    static Map<String, Checklist.Answer> allHold() {
        Map<String, Checklist.Answer> answers = new HashMap<>();
        Checklist.ITEMS.keySet().forEach(k -> answers.put(k, new Checklist.Answer(true, null)));
        return answers;
    }

    static ReviewStep opinion(String opinion, String text, Map<String, Checklist.Answer> checklist) {
        return new ReviewStep(ReviewStep.Step.OPINION, REVIEWER, ReviewStatus.PENDING, true, false, false, Set.of(),
                "zhoufa", null, false, false, text, opinion, checklist, null, false);
    }
}

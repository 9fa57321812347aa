package org.sanxiang.review.internal.rules;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.platform.Role;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * Who takes each step of a review (国办发〔2018〕118号 三（三）; 000 §三3–6, 002 §三(三)): the handling unit submits
 * and disputes, the legal-review unit assigns and reviews, the agency head extends the time limit.
 */
@Component
public class ReviewStepByItsRole extends LegalRule<ReviewStep> {

    private static final Map<ReviewStep.Step, Set<Role>> ROLES = Map.of(
            ReviewStep.Step.SUBMIT, Set.of(Role.OFFICER, Role.UNIT_HEAD),
            ReviewStep.Step.DISPUTE, Set.of(Role.OFFICER, Role.UNIT_HEAD),
            ReviewStep.Step.ASSIGN, Set.of(Role.LEGAL_REVIEWER, Role.AGENCY_HEAD),
            ReviewStep.Step.OPINION, Set.of(Role.LEGAL_REVIEWER),
            ReviewStep.Step.EXTEND, Set.of(Role.AGENCY_HEAD),
            ReviewStep.Step.RECUSE, Set.of(Role.LEGAL_REVIEWER));

    public ReviewStepByItsRole() {
        super("review-step-by-its-role", "国办发〔2018〕118号 三（三）", CONFLICT,
                "承办机构提交审核和提出异议，法制审核机构分配、审核和申请回避，机关负责人批准延长审核期限",
                "The handling unit submits and disputes, the review unit assigns, reviews and withdraws, the head "
                        + "extends", ReviewStep.SUBMIT, ReviewStep.ASSIGN, ReviewStep.OPINION, ReviewStep.DISPUTE,
                ReviewStep.EXTEND, ReviewStep.RECUSE);
    }

    @Override
    public Optional<Refusal> check(ReviewStep facts) {
        Set<Role> may = ROLES.get(facts.step());
        return facts.actor().roles().stream().anyMatch(may::contains) ? allowed()
                : refuse("此步骤须由" + String.join("或", may.stream().sorted().map(ReviewStepByItsRole::zh).toList())
                        + "办理", "This step is for " + may);
    }

    private static String zh(Role role) {
        return switch (role) {
            case OFFICER -> "执法人员";
            case UNIT_HEAD -> "承办机构负责人";
            case LEGAL_REVIEWER -> "法制审核人员";
            case AGENCY_HEAD -> "机关负责人";
            default -> role.name();
        };
    }
}

package org.sanxiang.review.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.review.ReviewStatus;
import org.springframework.stereotype.Component;

/** 国办发〔2018〕118号 三（三）: the opinion on a pending round is given by the reviewer it was assigned to. */
@Component
public class OpinionByAssignedReviewer extends LegalRule<ReviewStep> {

    public OpinionByAssignedReviewer() {
        super("opinion-by-assigned-reviewer", "国办发〔2018〕118号 三（三）", CONFLICT,
                "审核意见由分配的法制审核人员对待审核的送审提出",
                "The assigned reviewer gives the opinion on a pending round", ReviewStep.OPINION, ReviewStep.ASSIGN,
                ReviewStep.EXTEND);
    }

    @Override
    public Optional<Refusal> check(ReviewStep facts) {
        if (facts.status() != ReviewStatus.PENDING) {
            return refuse("本案没有待审核的送审（" + (facts.status() == null ? "未提交" : facts.status().text().zh())
                    + "）", "No round of the review is pending");
        }
        if (facts.step() != ReviewStep.Step.OPINION) {
            return allowed();
        }
        return facts.actor().username().equals(facts.reviewer()) ? allowed()
                : refuse(facts.reviewer() == null ? "本轮审核尚未分配审核人员" : "本轮审核已分配给“" + facts.reviewer() + "”",
                        "The round is assigned to " + facts.reviewer());
    }
}

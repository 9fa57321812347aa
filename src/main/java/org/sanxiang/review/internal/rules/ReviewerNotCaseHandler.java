package org.sanxiang.review.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 国办发〔2018〕118号 三（三） and the seeds (000 §三3): the review is by the agency's legal reviewers, never by one
 * who handled the case (its officers, its submitter) — 审核与办案相分离 — nor by one who withdrew from it (回避,
 * 行政处罚法 第四十三条, whose rule for officers the review follows).
 */
@Component
public class ReviewerNotCaseHandler extends LegalRule<ReviewStep> {

    public ReviewerNotCaseHandler() {
        super("reviewer-not-case-handler", "国办发〔2018〕118号 三（三）", CONFLICT,
                "法制审核由本机关的法制审核人员进行，承办本案的人员和已申请回避的人员不得审核本案",
                "The reviewer is a legal reviewer of the agency who did not handle the case", ReviewStep.ASSIGN);
    }

    @Override
    public Optional<Refusal> check(ReviewStep facts) {
        if (!facts.assigneeIsReviewer()) {
            return refuse("“" + facts.assignee() + "”不是本机关的法制审核人员", facts.assignee()
                    + " is not a legal reviewer of the agency");
        }
        return facts.handlers().contains(facts.assignee())
                ? refuse("“" + facts.assignee() + "”承办、送审了本案或已申请回避，不得审核本案",
                        facts.assignee() + " handled the case or withdrew from it and may not review it")
                : allowed();
    }
}

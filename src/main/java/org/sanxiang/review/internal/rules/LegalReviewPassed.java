package org.sanxiang.review.internal.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.catalog.MajorDecisionCriteria.Criterion;
import org.sanxiang.catalog.MajorDecisionCriteria.Draft;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.review.ReviewStanding;
import org.sanxiang.review.ReviewStanding.Round;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第五十八条第一款: "未经法制审核或者审核未通过的，不得作出决定". A decision that meets a criterion of the
 * agency's 重大执法决定 list in force is made only when the latest round of its review passed the materials as they
 * are now and the decision as drafted, or, after the handling unit disputed the opinion, the agency's heads
 * discussed it collectively (002 §三(三)3). Said of the steps that make the decision, whatever client sends them:
 * {@code decide} of a penalty case, and {@code approve-measure} of a coercive measure, which 118号 三 and the seeds
 * review alike (004: "各单位作出重大执法决定前，必须进行法制审核，未经法制审核或者审核未通过的，不得作出决定"; 003 counts
 * 行政强制 among its enforcement acts).
 */
@Component
public class LegalReviewPassed extends LegalRule<CaseStep> {

    public LegalReviewPassed() {
        super("legal-review-passed", "行政处罚法 第五十八条第一款；国办发〔2018〕118号 三", CONFLICT,
                "重大执法决定须经法制审核通过后方可作出；未经法制审核或者审核未通过的，不得作出决定",
                "A major decision is made only after the legal review passed it", "case.decide",
                "case.approve-measure");
    }

    @Override
    public Optional<Refusal> check(CaseStep step) {
        Optional<ReviewStanding> standing = step.contributed(ReviewStanding.class);
        if (standing.isEmpty()) {
            return allowed();
        }
        Optional<Round> latest = standing.get().latest();
        Draft draft = DraftDecisions.of(step.procedure(), step.kase(), step.input(),
                latest.map(Round::flags).orElse(Set.of()));
        Optional<Criterion> major = standing.get().criteria().stream().filter(c -> c.metBy(draft)).findFirst();
        if (major.isEmpty()) {
            return allowed();
        }
        String why = "本案属于重大执法决定（" + major.get().code() + " " + major.get().name() + "，第"
                + major.get().version() + "版）";
        if (latest.isEmpty()) {
            return refuse(why + "，尚未提交法制审核，不得作出决定",
                    "This is a major decision (" + major.get().code() + ") and was not submitted for legal review");
        }
        Round round = latest.get();
        String which = "第" + round.round() + "轮法制审核";
        return switch (round.status()) {
            case PENDING -> refuse(why + "，" + which + "尚未完成，不得作出决定",
                    "Round " + round.round() + " of the legal review is pending");
            case RETURNED -> refuse(why + "，" + which + "未通过（退回修改）：请修改后重新提交审核，或提出异议交负责人集体讨论",
                    "Round " + round.round() + " of the legal review returned the case");
            case TRANSFER_ADVISED -> "TRANSFER_JUDICIAL".equals(draft.outcome()) ? allowed()
                    : refuse(why + "，" + which + "意见为建议移送司法机关：请移送，或提出异议交负责人集体讨论",
                            "The legal review advised transfer to the judiciary");
            case DISPUTED -> standing.get().discussedAfterDispute() ? allowed()
                    : refuse(why + "，承办机构对" + which + "意见有异议，须经机关负责人集体讨论后决定",
                            "The opinion is disputed: the agency's heads discuss the case collectively first");
            case PASSED -> passed(standing.get(), round, draft, why, which);
        };
    }

    private Optional<Refusal> passed(ReviewStanding standing, Round round, Draft draft, String why, String which) {
        List<String> changes = standing.changesSince(round);
        if (!changes.isEmpty()) {
            return refuse(why + "，" + which + "通过后案件材料已变更（" + String.join("；", changes) + "），须重新提交审核",
                    "The materials changed after the review passed them: submit again");
        }
        boolean heavier = draft.amount() != null && (round.draftFine() == null
                || draft.amount().compareTo(round.draftFine()) > 0);
        if (!draft.outcome().equals(round.draftOutcome())
                || (draft.penalty() != null && !draft.penalty().equals(round.draftPenalty())) || heavier) {
            return refuse(why + "，拟作出的决定与" + which + "通过的决定不一致（审核的是："
                    + DraftDecisions.words(round.draftOutcome(), round.draftPenalty(), round.draftFine())
                    + "），须重新提交审核", "The decision differs from the one the review passed: submit again");
        }
        return allowed();
    }
}

package org.sanxiang.review.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.casework.CaseSteps.step;
import static org.sanxiang.casework.CaseSteps.yuan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseSteps;
import org.sanxiang.casework.Procedure;
import org.sanxiang.catalog.MajorDecisionCriteria.Criterion;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.review.ReviewStanding;
import org.sanxiang.review.ReviewStanding.Round;
import org.sanxiang.review.ReviewStatus;

class LegalReviewPassedTest {

    private final LegalReviewPassed rule = new LegalReviewPassed();

    /** 较大数额罚款: ¥10,000 to a natural person. */
    private static final Criterion LARGE_FINE = new Criterion("ZD-002", "较大数额罚款", 1, "行政处罚法 第五十八条",
            Set.of(), Set.of(), Set.of("FINE"), new BigDecimal("10000"), new BigDecimal("100000"), false, Set.of(),
            Set.of(), "政策法规科");

    private static Round round(ReviewStatus status, Instant disputedAt) {
        return new Round(5, 1, status, "PENALTY", "FINE", new BigDecimal("20000"), Set.of(30L), Set.of(1L), Set.of(),
                disputedAt);
    }

    private static ReviewStanding standing(Round latest, Set<Long> documents, Set<Long> evidence, boolean discussed) {
        return new ReviewStanding(List.of(LARGE_FINE), Optional.ofNullable(latest), documents, evidence, discussed);
    }

    private static CaseSteps decide(String fine, ReviewStanding standing) {
        return step("decide").in("NOTIFIED").input("outcome", "PENALTY").input("penalty", "FINE")
                .input("fine", yuan(fine)).contributed(ReviewStanding.class, standing);
    }

    private Optional<String> refusal(CaseSteps step) {
        return rule.check(step.build()).map(Refusal::messages).map(m -> m.zh());
    }

    @Test
    void aMajorDecisionWithoutAReviewIsNotMade() {
        assertThat(refusal(decide("20000", standing(null, Set.of(), Set.of(), false))))
                .hasValueSatisfying(zh -> assertThat(zh).contains("ZD-002").contains("尚未提交法制审核"));
    }

    @Test
    void aDecisionTheListDoesNotNameMajorNeedsNoReview() {
        assertThat(refusal(decide("5000", standing(null, Set.of(), Set.of(), false)))).isEmpty();
        assertThat(refusal(step("decide").in("NOTIFIED").input("outcome", "PENALTY").input("fine", yuan("5000"))))
                .as("no standing: no list").isEmpty();
    }

    @Test
    void aReviewPendingOrReturnedIsNotAPassedReview() {
        assertThat(refusal(decide("20000", standing(round(ReviewStatus.PENDING, null), Set.of(30L), Set.of(1L),
                false)))).hasValueSatisfying(zh -> assertThat(zh).contains("第1轮法制审核尚未完成"));
        assertThat(refusal(decide("20000", standing(round(ReviewStatus.RETURNED, null), Set.of(30L), Set.of(1L),
                false)))).hasValueSatisfying(zh -> assertThat(zh).contains("未通过（退回修改）"));
    }

    @Test
    void aPassedReviewAllowsTheDecisionAsReviewedOnTheMaterialsAsReviewed() {
        ReviewStanding passed = standing(round(ReviewStatus.PASSED, null), Set.of(30L, 31L), Set.of(1L), false);
        assertThat(refusal(decide("20000", passed))).isEmpty();
        assertThat(refusal(decide("15000", passed))).as("a lighter fine than reviewed").isEmpty();
        assertThat(refusal(decide("30000", passed))).hasValueSatisfying(zh -> assertThat(zh).contains("不一致")
                .contains("审核的是：给予行政处罚，罚款，20000元"));
    }

    @Test
    void changingAMaterialAfterThePassInvalidatesIt() {
        assertThat(refusal(decide("20000", standing(round(ReviewStatus.PASSED, null), Set.of(), Set.of(1L), false))))
                .hasValueSatisfying(zh -> assertThat(zh).contains("文书 #30 已更正或撤回").contains("重新提交"));
        assertThat(refusal(decide("20000", standing(round(ReviewStatus.PASSED, null), Set.of(30L), Set.of(1L, 2L),
                false)))).hasValueSatisfying(zh -> assertThat(zh).contains("新增证据 #2"));
    }

    @Test
    void afterADisputeTheHeadsCollectiveDiscussionDecides() {
        Round disputed = round(ReviewStatus.DISPUTED, Instant.parse("2026-11-30T02:00:00Z"));
        assertThat(refusal(decide("20000", standing(disputed, Set.of(30L), Set.of(1L), false))))
                .hasValueSatisfying(zh -> assertThat(zh).contains("须经机关负责人集体讨论"));
        assertThat(refusal(decide("20000", standing(disputed, Set.of(30L), Set.of(1L), true)))).isEmpty();
    }

    @Test
    void anAdviceToTransferIsFollowedByTransferring() {
        ReviewStanding transfer = standing(round(ReviewStatus.TRANSFER_ADVISED, null), Set.of(30L), Set.of(1L),
                false);
        assertThat(refusal(decide("20000", transfer))).hasValueSatisfying(zh -> assertThat(zh).contains("建议移送"));
        assertThat(refusal(step("decide").in("NOTIFIED").input("outcome", "TRANSFER_JUDICIAL")
                .fact("proposedPenalty", "FINE").fact("proposedFine", yuan("20000"))
                .contributed(ReviewStanding.class, transfer))).isEmpty();
    }

    @Test
    void withoutTheFormTheProposedPenaltyIsWhatTheCaseIsHeadingFor() {
        // a page asks before the form is filled: the investigation's proposal decides whether the case is major
        assertThat(refusal(step("decide").in("NOTIFIED").fact("proposedPenalty", "FINE")
                .fact("proposedFine", yuan("20000"))
                .contributed(ReviewStanding.class, standing(null, Set.of(), Set.of(), false)))).isPresent();
    }

    @Test
    void aCoerciveMeasureTheListNamesMajorIsApprovedOnlyAfterItsReviewPassed() {
        // 003 衡阳县: every decision outside the summary procedure, a coercive measure's approval included
        Criterion outsideSummary = new Criterion("XZD-001", "普通程序和行政强制措施", 1, "行政处罚法 第五十八条",
                Set.of("GENERAL_PENALTY", "COERCIVE_MEASURE"), Set.of(), Set.of(), null, null, false, Set.of(),
                Set.of(), "法制股");
        Round passed = new Round(7, 1, ReviewStatus.PASSED, "MEASURE", null, null, Set.of(), Set.of(), Set.of(),
                null);
        CaseSteps approve = step(Procedure.COERCIVE_MEASURE, "approve-measure").in("PROPOSED");
        assertThat(refusal(approve.contributed(ReviewStanding.class, new ReviewStanding(List.of(outsideSummary),
                Optional.empty(), Set.of(), Set.of(), false)))).hasValueSatisfying(zh -> assertThat(zh)
                        .contains("XZD-001").contains("尚未提交法制审核"));
        assertThat(refusal(approve.contributed(ReviewStanding.class, new ReviewStanding(List.of(outsideSummary),
                Optional.of(passed), Set.of(), Set.of(), false)))).isEmpty();
        assertThat(rule.appliesTo()).contains("case.decide", "case.approve-measure");
    }
}

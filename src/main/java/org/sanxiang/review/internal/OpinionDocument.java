package org.sanxiang.review.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.platform.AccountNames;
import org.sanxiang.platform.ChinaTime;
import org.sanxiang.review.ReviewStatus;

/**
 * The reviewer's written opinion as a document of the case's file (法制审核意见书, the document module's
 * {@code legal-review}): the round, what was submitted and by whom, each checklist item with its note, the advisers
 * consulted, the conclusion and the reviewer. Issued when the reviewer answers, so the file and the ledger hold it.
 */
final class OpinionDocument {

    static final String TEMPLATE = "legal-review";

    private static final Map<ReviewStatus, String> CONCLUSIONS = Map.of(ReviewStatus.PASSED, "同意",
            ReviewStatus.RETURNED, "存在问题，退回修改", ReviewStatus.TRANSFER_ADVISED, "建议移送司法机关");

    private OpinionDocument() {
    }

    static Map<String, String> fields(LegalReview round, ReviewStatus conclusion, Map<String, Checklist.Answer> checklist,
            List<ReviewService.Consultation> consulted, String text, Map<String, AccountNames.Named> accounts,
            LocalDate today) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("round", "第" + round.getRound() + "轮");
        fields.put("criterion", round.getCriterionCode() + " " + round.getCriterionName() + "（目录第"
                + round.getCriterionVersion() + "版）");
        fields.put("submittedBy", ResponsibilityChain.name(accounts, round.getSubmittedBy()));
        fields.put("submittedOn", date(LocalDate.ofInstant(round.getSubmittedAt(), ChinaTime.ZONE)));
        fields.put("statement", round.getStatement());
        fields.put("materials", round.getMaterialsSha256());
        List<String> items = new ArrayList<>();
        checklist.forEach((item, answer) -> items.add(Checklist.ITEMS.get(item).zh() + "：" + (answer.holds() ? "是"
                : "否") + (answer.note() == null || answer.note().isBlank() ? "" : "。" + answer.note().strip())));
        fields.put("checklist", String.join("\n", items));
        fields.put("consultations", String.join("\n", consulted.stream().map(c -> c.adviser().strip() + "："
                + c.opinion().strip()).toList()));
        fields.put("opinion", CONCLUSIONS.get(conclusion));
        fields.put("text", text == null ? "" : text);
        fields.put("reviewer", ResponsibilityChain.name(accounts, round.getReviewer()));
        fields.put("reviewedOn", date(today));
        return fields;
    }

    private static String date(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}

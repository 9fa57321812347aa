package org.sanxiang.review.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.review.internal.Checklist;
import org.springframework.stereotype.Component;

/**
 * 国办发〔2018〕118号 三（三）: the review covers every item of the checklist ({@link Checklist}), each answered; an
 * item that does not hold says why. 同意 needs every item to hold; 存在问题 and 建议移送 say what is to be done, and a
 * transfer is advised only where a crime is suspected.
 */
@Component
public class ChecklistAnswered extends LegalRule<ReviewStep> {

    public ChecklistAnswered() {
        super("checklist-answered", "国办发〔2018〕118号 三（三）；许昌市商务局实施方案（seed 002）三（三）3", UNPROCESSABLE,
                "审核意见须逐项回答审核内容，不符合的写明理由；同意须各项均符合，存在问题或建议移送须写明意见",
                "Every checklist item is answered; a failed item says why; agreement needs every item to hold",
                ReviewStep.OPINION);
    }

    @Override
    public Optional<Refusal> check(ReviewStep facts) {
        List<String> problems = new ArrayList<>();
        Checklist.ITEMS.forEach((key, question) -> {
            Checklist.Answer answer = facts.checklist().get(key);
            if (answer == null) {
                problems.add("未回答“" + question.zh() + "”");
            } else if (!answer.holds() && facts.blank(answer.note())) {
                problems.add("“" + question.zh() + "”不符合，请写明理由");
            }
        });
        boolean allHold = facts.checklist().values().stream().allMatch(Checklist.Answer::holds);
        switch (facts.opinion() == null ? "" : facts.opinion()) {
            case "AGREE" -> {
                if (!allHold) {
                    problems.add("有不符合的审核事项，不能同意：请选择“存在问题”或“建议移送”");
                }
            }
            case "PROBLEMS", "TRANSFER" -> {
                if (facts.blank(facts.text())) {
                    problems.add("请写明存在的问题和修改意见");
                }
                Checklist.Answer crime = facts.checklist().get("noCrime");
                if ("TRANSFER".equals(facts.opinion()) && crime != null && crime.holds()) {
                    problems.add("建议移送须在“不涉嫌犯罪”一项答“不符合”并写明理由");
                }
            }
            default -> problems.add("审核意见须为同意、存在问题或建议移送");
        }
        return problems.isEmpty() ? allowed()
                : refuse(String.join("；", problems), "The opinion does not answer the checklist: " + problems.size()
                        + " problem(s)");
    }
}

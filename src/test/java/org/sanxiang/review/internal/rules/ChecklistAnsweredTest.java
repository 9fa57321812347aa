package org.sanxiang.review.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.review.internal.rules.ReviewSteps.*;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.rule.RuleSettings;
import org.sanxiang.review.ReviewStatus;
import org.sanxiang.review.internal.Checklist;

class ChecklistAnsweredTest {

    @Test
    void everyItemOfTheChecklistIsAnsweredAndAgreementNeedsEveryItemToHold() {
        ChecklistAnswered rule = new ChecklistAnswered();
        assertThat(zh(rule, opinion("AGREE", null, allHold()))).isEmpty();
        Map<String, Checklist.Answer> missing = allHold();
        missing.remove("evidence");
        assertThat(zh(rule, opinion("AGREE", null, missing)))
                .hasValueSatisfying(m -> assertThat(m).contains("未回答“证据合法充分”"));
        Map<String, Checklist.Answer> failed = allHold();
        failed.put("discretion", new Checklist.Answer(false, "罚款超出从轻档次"));
        assertThat(zh(rule, opinion("AGREE", null, failed))).hasValueSatisfying(m -> assertThat(m).contains("不能同意"));
        assertThat(zh(rule, opinion("PROBLEMS", "请按从轻档次重新拟定罚款", failed))).isEmpty();
        assertThat(zh(rule, opinion("PROBLEMS", "", failed))).hasValueSatisfying(m -> assertThat(m).contains("修改意见"));
        failed.put("noCrime", new Checklist.Answer(false, null));
        assertThat(zh(rule, opinion("TRANSFER", "涉嫌生产销售伪劣产品罪", failed)))
                .hasValueSatisfying(m -> assertThat(m).contains("请写明理由"));
    }
}

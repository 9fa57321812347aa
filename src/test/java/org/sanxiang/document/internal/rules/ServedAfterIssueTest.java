package org.sanxiang.document.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.document.internal.rules.Services.ISSUED;
import static org.sanxiang.document.internal.rules.Services.TODAY;
import static org.sanxiang.document.internal.rules.Services.serve;

import org.junit.jupiter.api.Test;
import org.sanxiang.document.internal.ServiceMethod;

/** {@link ServedAfterIssue}: 行政处罚法 第六十一条 and the 民事诉讼法 it refers to. */
class ServedAfterIssueTest {

    @Test
    void onlyAnIssuedDocumentInForceIsServedBetweenItsIssueAndToday() {
        ServedAfterIssue rule = new ServedAfterIssue();
        assertThat(rule.check(new DocumentServe(false, ServiceMethod.DIRECT, ISSUED, TODAY, TODAY, "张三", null, true,
                false))).isPresent();
        assertThat(rule.check(serve(ServiceMethod.DIRECT, ISSUED.minusDays(1), "张三", null, true, false))).isPresent();
        assertThat(rule.check(serve(ServiceMethod.DIRECT, TODAY.plusDays(1), "张三", null, true, false))).isPresent();
        assertThat(rule.check(serve(ServiceMethod.DIRECT, TODAY, "张三", null, true, false))).isEmpty();
    }
}

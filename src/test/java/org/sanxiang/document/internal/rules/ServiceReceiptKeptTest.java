package org.sanxiang.document.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.document.internal.rules.Services.ISSUED;
import static org.sanxiang.document.internal.rules.Services.TODAY;
import static org.sanxiang.document.internal.rules.Services.serve;

import org.junit.jupiter.api.Test;
import org.sanxiang.document.internal.ServiceMethod;

/** {@link ServiceReceiptKept}: 行政处罚法 第六十一条 and the 民事诉讼法 it refers to. */
class ServiceReceiptKeptTest {

    @Test
    void serviceInPersonOrByPostKeepsTheSignedReceipt() {
        ServiceReceiptKept rule = new ServiceReceiptKept();
        assertThat(rule.check(serve(ServiceMethod.DIRECT, TODAY, "张三", null, false, false))).isPresent();
        assertThat(rule.check(serve(ServiceMethod.POSTAL, TODAY, null, null, true, false))).isPresent();
        assertThat(rule.check(serve(ServiceMethod.POSTAL, TODAY, "张三", null, true, false))).isEmpty();
        assertThat(rule.check(serve(ServiceMethod.PUBLIC_NOTICE, TODAY, null, null, false, false))).isEmpty();
    }
}

package org.sanxiang.document.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.document.internal.rules.Services.ISSUED;
import static org.sanxiang.document.internal.rules.Services.TODAY;
import static org.sanxiang.document.internal.rules.Services.serve;

import org.junit.jupiter.api.Test;
import org.sanxiang.document.internal.ServiceMethod;

/** {@link ElectronicServiceConsented}: 行政处罚法 第六十一条 and the 民事诉讼法 it refers to. */
class ElectronicServiceConsentedTest {

    @Test
    void electronicServiceNeedsThePartysWrittenConsent() {
        ElectronicServiceConsented rule = new ElectronicServiceConsented();
        assertThat(rule.check(serve(ServiceMethod.ELECTRONIC, TODAY, null, null, false, false)))
                .hasValueSatisfying(r -> assertThat(r.legalBasis()).contains("第六十一条第二款"));
        assertThat(rule.check(serve(ServiceMethod.ELECTRONIC, TODAY, null, null, false, true))).isEmpty();
    }
}

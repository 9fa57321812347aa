package org.sanxiang.document.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.document.internal.rules.Services.ISSUED;
import static org.sanxiang.document.internal.rules.Services.TODAY;
import static org.sanxiang.document.internal.rules.Services.serve;

import org.junit.jupiter.api.Test;
import org.sanxiang.document.internal.ServiceMethod;

/** {@link LeftServiceWitnessed}: 行政处罚法 第六十一条 and the 民事诉讼法 it refers to. */
class LeftServiceWitnessedTest {

    @Test
    void aDocumentLeftAtTheAddressHasAWitnessOrAPhoto() {
        LeftServiceWitnessed rule = new LeftServiceWitnessed();
        assertThat(rule.check(serve(ServiceMethod.LEFT, TODAY, null, null, false, false))).isPresent();
        assertThat(rule.check(serve(ServiceMethod.LEFT, TODAY, null, "村委会李四", false, false))).isEmpty();
        assertThat(rule.check(serve(ServiceMethod.LEFT, TODAY, null, null, true, false))).isEmpty();
    }
}

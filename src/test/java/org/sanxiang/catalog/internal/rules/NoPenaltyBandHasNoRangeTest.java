package org.sanxiang.catalog.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoPenaltyBandHasNoRangeTest {

    final NoPenaltyBandHasNoRange rule = new NoPenaltyBandHasNoRange();

    @Test
    void theNoPenaltyBandAllowsNothingAndEveryOtherBandHasARange() {
        String none = "{\"circumstance\":\"不予处罚\",\"range\":{\"kind\":\"NONE\"}}";
        assertThat(rule.check(Steps.of(Steps.violation(none + "," + Steps.amount("一般", 1, 2))))).isEmpty();
        assertThat(rule.check(Steps.of(Steps.violation(Steps.amount("不予处罚", 0, 100))))).isPresent();
        assertThat(rule.check(Steps.of(Steps.violation("{\"circumstance\":\"一般\",\"range\":{\"kind\":\"NONE\"}}"))))
                .isPresent();
    }
}

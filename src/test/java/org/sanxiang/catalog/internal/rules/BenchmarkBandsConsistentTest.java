package org.sanxiang.catalog.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.catalog.internal.rules.Steps.amount;

import org.junit.jupiter.api.Test;

class BenchmarkBandsConsistentTest {

    final BenchmarkBandsConsistent rule = new BenchmarkBandsConsistent();

    @Test
    void bandsThatMeetAtTheirEndsInTheOrderOfTheCircumstancesAreABenchmark() {
        assertThat(rule.check(Steps.of(Steps.violation(amount("从轻", 10000, 50000) + "," + amount("一般", 50000, 80000)
                + "," + amount("从重", 80000, 100000))))).isEmpty();
    }

    @Test
    void aBandWhoseLowerEndIsAboveItsUpperEndIsRefused() {
        assertThat(rule.check(Steps.of(Steps.violation(amount("一般", 100000, 50000))))).hasValueSatisfying(r ->
                assertThat(r.messages().zh()).startsWith("“一般”档下限 100000 高于上限 50000"));
    }

    @Test
    void aFloorAboveTheCapIsRefused() {
        assertThat(rule.check(Steps.of(Steps.violation("{\"circumstance\":\"一般\",\"range\":{\"kind\":\"MULTIPLE\","
                + "\"of\":\"GOODS_VALUE\",\"min\":10,\"max\":15,\"floor\":50000,\"cap\":20000}}")))).isPresent();
    }

    @Test
    void overlappingBandsAreRefused() {
        assertThat(rule.check(Steps.of(Steps.violation(amount("从轻", 10000, 60000) + "," + amount("一般", 50000,
                80000))))).hasValueSatisfying(r -> assertThat(r.messages().zh()).contains("重叠")
                        .endsWith("（依据：行政处罚法 第三十四条；规则 benchmark-bands-consistent）"));
    }

    @Test
    void aLighterCircumstanceAllowingMoreThanAHeavierOneIsRefused() {
        assertThat(rule.check(Steps.of(Steps.violation(amount("从重", 10000, 30000) + "," + amount("从轻", 50000,
                80000))))).hasValueSatisfying(r -> assertThat(r.messages().zh()).contains("较轻的“从轻”档"));
    }

    @Test
    void amountsAndMultiplesAreNotComparedWithEachOther() {
        assertThat(rule.check(Steps.of(Steps.violation(amount("一般", 50000, 100000) + ",{\"circumstance\":\"从重\","
                + "\"range\":{\"kind\":\"MULTIPLE\",\"of\":\"GOODS_VALUE\",\"min\":10,\"max\":20}}")))).isEmpty();
    }
}

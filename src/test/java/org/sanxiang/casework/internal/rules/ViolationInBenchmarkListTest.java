package org.sanxiang.casework.internal.rules;

import static org.sanxiang.casework.CaseSteps.step;
import static org.sanxiang.casework.internal.rules.Checks.allowed;
import static org.sanxiang.casework.internal.rules.Checks.refused;

import org.junit.jupiter.api.Test;

class ViolationInBenchmarkListTest {

    final ViolationInBenchmarkList rule = new ViolationInBenchmarkList();

    @Test
    void theReportNamesAViolationOfTheAgencysPublishedBenchmarkAndOneOfItsBands() {
        allowed(rule, step("conclude-investigation").input("violation", "SC-WF-001")
                .input("violationName", "超范围使用食品添加剂").input("bandText", "一般：5万元以上10万元以下"));
    }

    @Test
    void aViolationNotInTheBenchmarkInForceIsRefused() {
        refused(rule, step("conclude-investigation").input("violation", "SC-WF-999"),
                "本机关公布施行的裁量基准中没有编码为“SC-WF-999”的违法行为");
    }

    @Test
    void aBandTheBenchmarkDoesNotHaveIsRefused() {
        refused(rule, step("conclude-investigation").input("violation", "SC-WF-001")
                .input("violationName", "超范围使用食品添加剂"), "违法行为“超范围使用食品添加剂”的裁量基准没有所选情节档次");
    }
}

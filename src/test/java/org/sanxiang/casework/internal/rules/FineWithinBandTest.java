package org.sanxiang.casework.internal.rules;

import static org.sanxiang.casework.CaseSteps.step;
import static org.sanxiang.casework.CaseSteps.yuan;
import static org.sanxiang.casework.internal.rules.Checks.allowed;
import static org.sanxiang.casework.internal.rules.Checks.refused;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseSteps;

class FineWithinBandTest {

    final FineWithinBand rule = new FineWithinBand();

    /** The report proposes this fine in the band 一般 of ¥50,000–100,000. */
    static CaseSteps report(String fine) {
        return step("conclude-investigation").input("proposedFine", yuan(fine)).input("bandText", "一般")
                .input("bandMin", yuan("50000")).input("bandMax", yuan("100000"));
    }

    /** The report chose the band 一般 of ¥50,000–100,000; the head decides this fine. */
    static CaseSteps decision(String fine) {
        return step("decide").fact("bandText", "一般").fact("bandMin", yuan("50000")).fact("bandMax", yuan("100000"))
                .input("outcome", "PENALTY").input("penalty", "FINE").input("fine", yuan(fine));
    }

    @Test
    void theProposedFineLiesWithinTheChosenBandOfTheBenchmark() {
        allowed(rule, report("50000"));
        allowed(rule, report("100000"));
        refused(rule, report("100000.01"), "罚款 100000.01 元不在所选裁量档次（一般）的幅度 50000–100000 元内");
        refused(rule, report("49999.99"), "不在所选裁量档次");
    }

    @Test
    void theDecidedFineLiesWithinTheBandTheReportChose() {
        allowed(rule, decision("80000"));
        refused(rule, decision("120000"), "罚款 120000 元不在所选裁量档次（一般）的幅度 50000–100000 元内",
                "请在调查终结报告中写明理由");
    }

    @Test
    void aFineOutsideTheBandIsAllowedWithTheRecordedReason() {
        allowed(rule, report("120000").input("bandReason", "违法行为持续时间长，社会影响恶劣"));
        allowed(rule, decision("120000").fact("bandReason", "违法行为持续时间长，社会影响恶劣"));
    }

    @Test
    void withoutAFineOrABandInYuanThereIsNothingToCompare() {
        allowed(rule, step("conclude-investigation").input("proposedPenalty", "WARNING").input("bandMin", yuan("0"))
                .input("bandMax", yuan("0")));
        allowed(rule, step("decide").input("fine", yuan("120000")));
    }
}

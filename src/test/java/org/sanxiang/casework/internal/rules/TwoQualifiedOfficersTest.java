package org.sanxiang.casework.internal.rules;

import static org.sanxiang.casework.CaseSteps.officer;
import static org.sanxiang.casework.CaseSteps.step;
import static org.sanxiang.casework.CaseSteps.unqualified;
import static org.sanxiang.casework.internal.rules.Checks.allowed;
import static org.sanxiang.casework.internal.rules.Checks.refused;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.Procedure;

class TwoQualifiedOfficersTest {

    final TwoQualifiedOfficers rule = new TwoQualifiedOfficers();

    @Test
    void anInspectionIsMadeByTwoOfficersOrMore() {
        allowed(rule, step("record-inspection"));
        allowed(rule, step("record-inspection").officers(officer(1, "王明"), officer(2, "李华"), officer(3, "张强")));
        refused(rule, step("record-inspection").officers(officer(1, "王明")), "执法人员不得少于两人（现有 1 人）");
        refused(rule, step("record-inspection").officers(), "执法人员不得少于两人（现有 0 人）");
    }

    @Test
    void theSameOfficerTwiceIsOneOfficer() {
        refused(rule, step("record-inspection").officers(officer(1, "王明"), officer(1, "王明")), "（现有 1 人）");
    }

    @Test
    void anOfficerWhoseCredentialDoesNotAllowHerIsNamedWithTheReason() {
        refused(rule, step("record-inspection").officers(officer(1, "王明"), unqualified(2, "李华", "执法证已于 2026-06-30 过期"),
                officer(3, "张强")), "以下执法人员不能在", "李华（执法证已于 2026-06-30 过期）");
    }

    @Test
    void aSeizureIsAppliedByTwoQualifiedOfficers() {
        refused(rule, step(Procedure.COERCIVE_MEASURE, "apply-measure").officers(officer(1, "王明")), "不得少于两人");
        allowed(rule, step(Procedure.COERCIVE_MEASURE, "apply-emergency"));
    }
}

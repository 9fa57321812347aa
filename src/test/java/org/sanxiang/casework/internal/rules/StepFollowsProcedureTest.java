package org.sanxiang.casework.internal.rules;

import static org.sanxiang.casework.CaseStep.START;
import static org.sanxiang.casework.CaseSteps.step;
import static org.sanxiang.casework.internal.rules.Checks.allowed;
import static org.sanxiang.casework.internal.rules.Checks.refused;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.Procedure;

class StepFollowsProcedureTest {

    final StepFollowsProcedure rule = new StepFollowsProcedure();

    @Test
    void aCaseIsDecidedOnlyAfterItsReview() {
        allowed(rule, step("decide").in("NOTIFIED"));
        allowed(rule, step("decide").in("HEARD"));
        // 不予处罚 proposes no penalty to notify (decision-after-statement-period holds a penalty back)
        allowed(rule, step("decide").in("CASE_REVIEWED"));
        refused(rule, step("decide").in("INVESTIGATION"), "案件处于“调查取证”阶段，不能进行“作出决定”");
        refused(rule, step("decide").in("INVESTIGATED"), "案件处于“调查终结”阶段");
    }

    @Test
    void aCaseOpensWithItsFirstStep() {
        allowed(rule, step("register-clue").in(START));
        refused(rule, step("propose-filing").in(START), "案件处于“尚未开始”阶段，不能进行“提请立案”");
        refused(rule, step("register-clue").in("CLUE"), "不能进行“案件来源登记”");
    }

    @Test
    void aStepOfAnotherProcedureIsNoneOfThisOne() {
        refused(rule, step("apply-measure").in("INVESTIGATION"), "行政处罚普通程序没有“apply-measure”这一步骤");
        allowed(rule, step(Procedure.COERCIVE_MEASURE, "apply-measure").in("APPROVED"));
    }

    @Test
    void aClosedCaseTakesNoMoreSteps() {
        refused(rule, step("record-payment").in("CLOSED"), "案件处于“结案”阶段");
    }
}

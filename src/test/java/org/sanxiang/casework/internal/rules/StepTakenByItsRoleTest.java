package org.sanxiang.casework.internal.rules;

import static org.sanxiang.casework.CaseSteps.AGENCY_HEAD;
import static org.sanxiang.casework.CaseSteps.OFFICER;
import static org.sanxiang.casework.CaseSteps.UNIT_HEAD;
import static org.sanxiang.casework.CaseSteps.step;
import static org.sanxiang.casework.internal.rules.Checks.allowed;
import static org.sanxiang.casework.internal.rules.Checks.refused;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseSteps;

class StepTakenByItsRoleTest {

    final StepTakenByItsRole rule = new StepTakenByItsRole();

    @Test
    void theAgencysHeadDecidesThePenalty() {
        allowed(rule, step("decide").by(AGENCY_HEAD, null));
        refused(rule, step("decide").by(OFFICER, 1L), "“作出决定”须由机关负责人办理");
        refused(rule, step("decide").by(UNIT_HEAD, null), "“作出决定”须由机关负责人办理");
    }

    @Test
    void aHeadApprovesTheFiling() {
        allowed(rule, step("approve-filing").by(UNIT_HEAD, null));
        allowed(rule, step("approve-filing").by(AGENCY_HEAD, null));
        refused(rule, step("approve-filing").by(OFFICER, 1L), "“批准立案”须由", "承办机构负责人", "机关负责人");
    }

    @Test
    void officersInvestigateOnlyTheCasesTheyHandle() {
        allowed(rule, step("record-inquiry").by(OFFICER, 2L));
        refused(rule, step("record-inquiry").by(OFFICER, 9L), "您不是本案的承办人员");
        refused(rule, step("record-inquiry").by(OFFICER, null), "您不是本案的承办人员");
        refused(rule, step("record-inquiry").by(AGENCY_HEAD, null), "“询问笔录”须由执法人员办理");
    }

    @Test
    void anyOfficerMayRegisterAClueBeforeTheCaseHasOfficers() {
        allowed(rule, CaseSteps.step("register-clue").officers().by(OFFICER, 9L));
    }

    @Test
    void aUnitHeadDeclaresARecusalForACaseSheDoesNotHandle() {
        allowed(rule, step("declare-recusal").by(UNIT_HEAD, null));
    }

    @Test
    void aStepNoneOfTheProcedureIsLeftToStepFollowsProcedure() {
        allowed(rule, step("apply-measure").by(OFFICER, 9L));
    }
}

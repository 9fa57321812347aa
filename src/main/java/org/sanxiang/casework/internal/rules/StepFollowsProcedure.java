package org.sanxiang.casework.internal.rules;

import java.util.Optional;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.casework.internal.procedure.ProcedureDefinition;
import org.sanxiang.casework.internal.procedure.Procedures;
import org.sanxiang.casework.internal.procedure.Transition;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * A case goes through its procedure's steps in the order of the law (行政处罚法 第三十八条: a penalty without the
 * statutory procedure is void): a step is taken only from the states it follows.
 */
@Component
public class StepFollowsProcedure extends LegalRule<CaseStep> {

    public StepFollowsProcedure() {
        super("step-follows-procedure", "行政处罚法 第三十八条第二款；行政强制法 第十八条", CONFLICT,
                "案件按法定程序的步骤办理", "A case takes the steps of its statutory procedure in order",
                CaseCommands.ALL);
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        ProcedureDefinition procedure = Procedures.of(facts.procedure());
        Optional<Transition> step = procedure.transition(facts.transition());
        if (step.isEmpty()) {
            return refuse(facts.procedure().zh() + "没有“" + facts.transition() + "”这一步骤",
                    facts.procedure().en() + " has no step " + facts.transition());
        }
        if (step.get().from().contains(facts.state())) {
            return allowed();
        }
        String state = CaseStep.START.equals(facts.state()) ? "尚未开始" : procedure.state(facts.state()).zh();
        return refuse("案件处于“" + state + "”阶段，不能进行“" + step.get().zh() + "”",
                "The case is at " + facts.state() + "; " + step.get().en() + " cannot be taken now");
    }
}

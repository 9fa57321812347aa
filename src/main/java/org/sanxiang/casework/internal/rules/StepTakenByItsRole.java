package org.sanxiang.casework.internal.rules;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.casework.internal.procedure.Procedures;
import org.sanxiang.casework.internal.procedure.Transition;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * Each step is taken by whom the law gives it: investigation and records by the enforcement officers handling the
 * case (行政处罚法 第四十二条), approvals by the unit's or the agency's head (第五十四条 立案, 第五十七条 决定), and an
 * officer acts on a case only when she is one of its officers.
 */
@Component
public class StepTakenByItsRole extends LegalRule<CaseStep> {

    public StepTakenByItsRole() {
        super("step-taken-by-its-role", "行政处罚法 第四十二、五十四、五十七条；《市场监督管理行政处罚程序规定》第十九条", CONFLICT,
                "每一步骤由法定的人员办理：执法人员调查取证，负责人审批和决定",
                "Each step is taken by whom the law gives it: officers investigate, heads approve and decide",
                CaseCommands.ALL);
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        Optional<Transition> step = Procedures.of(facts.procedure()).transition(facts.transition());
        if (step.isEmpty()) {
            return allowed(); // step-follows-procedure says so
        }
        Set<Role> roles = step.get().roles();
        if (roles.stream().noneMatch(facts.actor()::has)) {
            return refuse("“" + step.get().zh() + "”须由" + roles.stream().map(StepTakenByItsRole::zh)
                    .collect(Collectors.joining("或")) + "办理", step.get().en() + " is taken by " + roles);
        }
        boolean asOfficer = roles.contains(Role.OFFICER) && !roles.stream().filter(r -> r != Role.OFFICER)
                .anyMatch(facts.actor()::has);
        if (asOfficer && !facts.kase().officers().isEmpty() && facts.kase().officers().stream()
                .noneMatch(o -> facts.actorOfficer() != null && o.officerId() == facts.actorOfficer())) {
            return refuse("您不是本案的承办人员", "You are not one of the officers handling this case");
        }
        return allowed();
    }

    static String zh(Role role) {
        return switch (role) {
            case OFFICER -> "执法人员";
            case UNIT_HEAD -> "承办机构负责人";
            case AGENCY_HEAD -> "机关负责人";
            default -> role.name();
        };
    }
}

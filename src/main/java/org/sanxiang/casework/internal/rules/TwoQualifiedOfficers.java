package org.sanxiang.casework.internal.rules;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.sanxiang.casework.CaseFacts.AssignedOfficer;
import org.sanxiang.casework.CaseStep;
import org.sanxiang.casework.internal.procedure.Procedures;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第四十二条: "执法人员不得少于两人" and each holds 行政执法资格; 行政强制法 第十八条 the same for a coercive
 * measure. Each officer of the step may act in the case's domain today (the registry's may-act rule: credential
 * valid, neither suspended nor revoked, naming the domain).
 */
@Component
public class TwoQualifiedOfficers extends LegalRule<CaseStep> {

    public TwoQualifiedOfficers() {
        super("two-qualified-officers", "行政处罚法 第四十二条；行政强制法 第十八条；《市场监督管理行政处罚程序规定》第十九条", CONFLICT,
                "调查取证、现场检查和行政强制措施由两名以上具有本领域执法资格的执法人员实施",
                "Investigation, on-site and coercive steps are taken by two or more officers qualified in the domain",
                CaseCommands.of("propose-filing", "record-inspection", "record-inquiry", "register-preservation",
                        "apply-measure", "apply-emergency", "decide-on-spot", "start-inspection", "record-findings"));
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        if (namesItsOfficers(facts) && !facts.input().has("officers")) {
            return allowed(); // the step's form names them; checked when it is sent
        }
        List<AssignedOfficer> officers = facts.kase().officers();
        List<AssignedOfficer> unqualified = officers.stream().filter(o -> !o.mayAct()).toList();
        if (!unqualified.isEmpty()) {
            String names = unqualified.stream().map(o -> o.name() + "（" + o.refusals().stream()
                    .map(r -> r.messages().zh()).findFirst().orElse("无有效执法证") + "）")
                    .collect(Collectors.joining("；"));
            return refuse("以下执法人员不能在“" + facts.kase().domain() + "”领域执法：" + names,
                    unqualified.size() + " officer(s) may not act in " + facts.kase().domain() + " today");
        }
        long qualified = officers.stream().map(AssignedOfficer::officerId).distinct().count();
        return qualified >= 2 ? allowed()
                : refuse("执法人员不得少于两人（现有 " + qualified + " 人）",
                        "Two or more officers are needed (" + qualified + " given)");
    }

    private static boolean namesItsOfficers(CaseStep facts) {
        return Procedures.of(facts.procedure()).transition(facts.transition()).stream()
                .anyMatch(t -> t.fields().stream().anyMatch(f -> f.name().equals("officers")));
    }
}

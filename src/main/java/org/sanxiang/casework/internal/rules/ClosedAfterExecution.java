package org.sanxiang.casework.internal.rules;

import java.util.Optional;
import java.util.Set;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 《市场监督管理行政处罚程序规定》(结案): a case is closed once the penalty was executed, enforcement applied for in
 * court, or the decision was not to punish or to transfer; an on-the-spot fine is closed once paid.
 */
@Component
public class ClosedAfterExecution extends LegalRule<CaseStep> {

    /** Penalties executed by a payment (罚没款); the others are executed by their service. */
    static final Set<String> PAID = Set.of("FINE", "FINE_AND_CONFISCATION", "CONFISCATION");

    public ClosedAfterExecution() {
        super("closed-after-execution", "《市场监督管理行政处罚程序规定》（结案）；行政处罚法 第六十六条", CONFLICT,
                "行政处罚决定执行完毕、申请强制执行或者决定不予处罚、移送后方可结案",
                "A case is closed after the penalty was executed or enforcement applied for, or when none is imposed",
                CaseCommands.of("close"));
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        boolean fine = switch (facts.procedure()) {
            case GENERAL_PENALTY -> "PENALTY".equals(facts.kase().data().text("outcome").orElse(""))
                    && ("DECIDED".equals(facts.state()) || "SERVED".equals(facts.state())
                            && PAID.contains(facts.kase().data().text("penalty").orElse("")));
            case SUMMARY_PENALTY -> "FINE".equals(facts.kase().data().text("penalty").orElse(""))
                    && !facts.kase().taken("record-payment");
            default -> false;
        };
        return fine ? refuse("行政处罚决定尚未执行完毕，不能结案", "The penalty has not been executed yet") : allowed();
    }
}

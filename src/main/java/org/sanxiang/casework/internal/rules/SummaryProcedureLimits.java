package org.sanxiang.casework.internal.rules;

import java.math.BigDecimal;
import java.util.Optional;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.platform.rule.RuleParameter;
import org.sanxiang.platform.rule.RuleSettings;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第五十一条: "违法事实确凿并有法定依据，对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告的
 * 行政处罚的，可以当场作出行政处罚决定". Anything heavier goes through the general procedure.
 */
@Component
public class SummaryProcedureLimits extends LegalRule<CaseStep> {

    private final RuleParameter<BigDecimal> person;
    private final RuleParameter<BigDecimal> organisation;

    public SummaryProcedureLimits(RuleSettings settings) {
        super("summary-procedure-limits", "行政处罚法 第五十一条", UNPROCESSABLE,
                "当场处罚仅限警告，或对公民二百元以下、对法人或者其他组织三千元以下的罚款",
                "On the spot only a warning, or a fine up to 200 yuan (person) or 3,000 yuan (organisation)",
                CaseCommands.of("decide-on-spot"));
        person = parameter(settings, "max-fine-person", new BigDecimal("200"), "当场处罚对公民的罚款上限（元）",
                "Highest on-the-spot fine for a natural person (yuan)");
        organisation = parameter(settings, "max-fine-organisation", new BigDecimal("3000"),
                "当场处罚对法人或者其他组织的罚款上限（元）", "Highest on-the-spot fine for an organisation (yuan)");
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        if (!"FINE".equals(facts.input().text("penalty").orElse(""))) {
            return allowed();
        }
        Optional<BigDecimal> fine = facts.input().amount("fine");
        if (fine.isEmpty() || fine.get().signum() <= 0) {
            return refuse("当场罚款须写明罚款金额", "An on-the-spot fine states its amount");
        }
        boolean natural = facts.kase().partyKind().naturalPerson();
        BigDecimal max = (natural ? person : organisation).valueFor(facts.kase().agencyCode());
        return fine.get().compareTo(max) <= 0 ? allowed()
                : refuse("对" + (natural ? "公民" : "法人或者其他组织") + "当场罚款不得超过 " + max.toPlainString()
                        + " 元（拟罚 " + fine.get().toPlainString() + " 元），应当适用普通程序",
                        "An on-the-spot fine is at most " + max.toPlainString() + " yuan; use the general procedure");
    }
}

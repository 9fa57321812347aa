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
 * 行政处罚法 第五十七条第二款: "对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定". Which penalties are
 * 重大 is set locally; the defaults are a fine of ¥10,000 for a natural person or ¥100,000 for an organisation and
 * more, a revocation or a closure (the seeds' and the hearing's thresholds), configurable per agency.
 */
@Component
public class CollectiveDiscussionRequired extends LegalRule<CaseStep> {

    private final RuleParameter<BigDecimal> person;
    private final RuleParameter<BigDecimal> organisation;

    public CollectiveDiscussionRequired(RuleSettings settings) {
        super("collective-discussion-required", "行政处罚法 第五十七条第二款", CONFLICT,
                "对情节复杂或者重大违法行为给予行政处罚，由机关负责人集体讨论决定",
                "A penalty for a complex or major violation is decided by the agency's heads collectively",
                CaseCommands.of("decide"));
        person = parameter(settings, "min-fine-person", new BigDecimal("10000"), "须集体讨论的对公民罚款数额（元）",
                "Fine to a natural person that needs a collective decision (yuan)");
        organisation = parameter(settings, "min-fine-organisation", new BigDecimal("100000"),
                "须集体讨论的对法人或者其他组织罚款数额（元）", "Fine to an organisation that needs a collective decision (yuan)");
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        if (!"PENALTY".equals(facts.input().text("outcome").orElse("")) || facts.kase().taken("discuss-collectively")) {
            return allowed();
        }
        BigDecimal threshold = (facts.kase().partyKind().naturalPerson() ? person : organisation)
                .valueFor(facts.kase().agencyCode());
        boolean major = HearingThreshold.ALWAYS.contains(facts.input().text("penalty").orElse(""))
                || facts.input().amount("fine").orElse(BigDecimal.ZERO).compareTo(threshold) >= 0;
        return major ? refuse("该处罚属于重大行政处罚，须经机关负责人集体讨论后决定",
                "This is a major penalty: the agency's heads decide it collectively") : allowed();
    }
}

package org.sanxiang.casework.internal.rules;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.casework.StepValues;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.platform.rule.RuleParameter;
import org.sanxiang.platform.rule.RuleSettings;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第六十三条: the party has the right to a hearing before 较大数额罚款, 没收较大数额违法所得、没收较大价值非法财物,
 * 降低资质等级、吊销许可证件, 责令停产停业、责令关闭、限制从业 …; the notice says so (第四十四条), and a hearing is only
 * granted for such penalties. "较大数额" is set by departments or provinces: the seeds' and 市场监管 听证办法's
 * ¥10,000 for a natural person and ¥100,000 for an organisation are the defaults, configurable per agency.
 */
@Component
public class HearingThreshold extends LegalRule<CaseStep> {

    /** Penalties of 第六十三条 (三)(四) that carry the right whatever the amount. */
    static final Set<String> ALWAYS = Set.of("LICENCE", "BUSINESS");

    private final RuleParameter<BigDecimal> person;
    private final RuleParameter<BigDecimal> organisation;

    public HearingThreshold(RuleSettings settings) {
        super("hearing-threshold", "行政处罚法 第四十四、六十三条；《市场监督管理行政处罚听证办法》", CONFLICT,
                "拟作出较大数额罚款、没收、吊销许可证件、责令停产停业等处罚的，应当告知当事人有要求听证的权利",
                "A party facing a large fine, confiscation, revocation or closure is told of the right to a hearing",
                CaseCommands.of("serve-notice", "request-hearing"));
        person = parameter(settings, "min-fine-person", new BigDecimal("10000"), "对公民要求听证的罚款数额（元）",
                "Fine from which a natural person may ask for a hearing (yuan)");
        organisation = parameter(settings, "min-fine-organisation", new BigDecimal("100000"),
                "对法人或者其他组织要求听证的罚款数额（元）", "Fine from which an organisation may ask for a hearing (yuan)");
    }

    /** Whether the proposed penalty carries the right to a hearing. */
    public boolean qualifies(CaseStep facts) {
        StepValues values = facts.facts();
        String penalty = values.text("proposedPenalty").orElse("");
        if (ALWAYS.contains(penalty)) {
            return true;
        }
        BigDecimal threshold = (facts.kase().partyKind().naturalPerson() ? person : organisation)
                .valueFor(facts.kase().agencyCode());
        BigDecimal fine = values.amount("proposedFine").orElse(BigDecimal.ZERO);
        BigDecimal confiscated = penalty.contains("CONFISCATION") ? values.amount("baseAmount")
                .orElse(BigDecimal.ZERO) : BigDecimal.ZERO;
        return fine.compareTo(threshold) >= 0 || confiscated.compareTo(threshold) >= 0;
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        boolean qualifies = qualifies(facts);
        if ("serve-notice".equals(facts.transition())) {
            return qualifies && !facts.input().flag("hearingRightNotified")
                    ? refuse("拟作出的处罚属于听证范围，告知书须告知当事人有要求听证的权利",
                            "The proposed penalty carries the right to a hearing; the notice must say so")
                    : allowed();
        }
        return qualifies ? allowed()
                : refuse("拟作出的处罚不属于听证范围（较大数额罚款、吊销许可证件、责令停产停业等），不组织听证",
                        "The proposed penalty does not carry the right to a hearing");
    }
}

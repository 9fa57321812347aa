package org.sanxiang.casework.internal.rules;

import java.util.Optional;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第六十一条第二款: "当事人同意并签订确认书的，行政机关可以采用传真、电子邮件等方式，将行政处罚决定书等送达当事人".
 */
@Component
public class ElectronicServiceConsent extends LegalRule<CaseStep> {

    public ElectronicServiceConsent() {
        super("electronic-service-consent", "行政处罚法 第六十一条第二款", CONFLICT,
                "当事人同意并签订确认书的，方可电子送达", "Electronic service needs the party's signed consent",
                CaseCommands.of("serve-decision", "serve-notice"));
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        return "ELECTRONIC".equals(facts.input().text("method").or(() -> facts.input().text("noticeMethod")).orElse("")) && !facts.input().flag("consentSigned")
                ? refuse("当事人未签署送达地址确认书同意电子送达，不能电子送达",
                        "The party has not signed the consent to electronic service")
                : allowed();
    }
}

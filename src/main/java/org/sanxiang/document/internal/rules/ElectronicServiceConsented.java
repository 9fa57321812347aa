package org.sanxiang.document.internal.rules;

import java.util.Optional;

import org.sanxiang.document.internal.ServiceMethod;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第六十一条第二款: a decision may be served by fax or e-mail only if the party has agreed and signed a confirmation
 * (送达地址确认书).
 */
@Component
public class ElectronicServiceConsented extends LegalRule<DocumentServe> {

    public ElectronicServiceConsented() {
        super("electronic-service-consented", "行政处罚法 第六十一条第二款", CONFLICT, "当事人书面同意并签订确认书的，方可电子送达",
                "Electronic service only with the party's written consent", DocumentServe.COMMAND);
    }

    @Override
    public Optional<Refusal> check(DocumentServe facts) {
        return facts.method() != ServiceMethod.ELECTRONIC || facts.consent() ? allowed()
                : refuse("当事人未书面同意电子送达，请采用其他方式或先签订送达地址确认书",
                        "The party has not consented in writing to electronic service");
    }
}

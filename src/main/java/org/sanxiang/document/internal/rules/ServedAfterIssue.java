package org.sanxiang.document.internal.rules;

import java.util.Optional;

import org.sanxiang.document.internal.ServiceMethod;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/** 行政处罚法 第六十一条: what is served is the document as issued; a service is recorded once it happened. */
@Component
public class ServedAfterIssue extends LegalRule<DocumentServe> {

    public ServedAfterIssue() {
        super("served-after-issue", "行政处罚法 第六十一条", CONFLICT, "只送达已签发且有效的文书，送达日期不早于签发日、不晚于今天",
                "Only an issued document in force is served, on a day between its issue and today",
                DocumentServe.COMMAND);
    }

    @Override
    public Optional<Refusal> check(DocumentServe facts) {
        if (!facts.inForce()) {
            return refuse("文书尚未签发或已不再有效，不能送达", "The document is not issued or no longer in force");
        }
        return facts.handedOn().isBefore(facts.issuedOn()) || facts.handedOn().isAfter(facts.today())
                ? refuse("送达日期应在签发日（" + facts.issuedOn() + "）与今天之间",
                        "The service date lies between the issue (" + facts.issuedOn() + ") and today")
                : allowed();
    }
}

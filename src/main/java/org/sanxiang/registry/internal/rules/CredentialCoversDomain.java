package org.sanxiang.registry.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/** A credential entitles its holder in the enforcement domains (执法类别) it names, and in no other. */
@Component
public class CredentialCoversDomain extends LegalRule<ActingOfficer> {

    public CredentialCoversDomain() {
        super("credential-covers-domain", "行政处罚法 第四十二条；司办通〔2020〕78号（证件载明执法类别）", CONFLICT,
                "执法人员只能在执法证载明的执法领域内执法",
                "An officer acts only in the enforcement domains her credential names", ActingOfficer.COMMAND);
    }

    @Override
    public Optional<Refusal> check(ActingOfficer facts) {
        ActingOfficer.Held held = facts.credential();
        return held == null || held.domains().contains(facts.domain()) ? allowed()
                : refuse("执法证 " + held.number() + " 未载明“" + facts.domainName().zh() + "”执法领域",
                        "Credential " + held.number() + " does not name the domain '" + facts.domainName().en() + "'");
    }
}

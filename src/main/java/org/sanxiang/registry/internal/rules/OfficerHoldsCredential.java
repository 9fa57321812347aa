package org.sanxiang.registry.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/** 行政处罚法 第四十二条: "行政处罚应当由具有行政执法资格的执法人员实施" — the credential is that entitlement. */
@Component
public class OfficerHoldsCredential extends LegalRule<ActingOfficer> {

    public OfficerHoldsCredential() {
        super("officer-holds-credential", "行政处罚法 第四十二条（行政处罚由具有行政执法资格的执法人员实施）", CONFLICT,
                "执法人员须持有行政执法证件才能执法", "An officer must hold an enforcement credential to act",
                ActingOfficer.COMMAND);
    }

    @Override
    public Optional<Refusal> check(ActingOfficer facts) {
        return facts.credential() != null ? allowed()
                : refuse("该执法人员在 " + facts.date() + " 前未领取执法证",
                        "The officer held no credential issued by " + facts.date());
    }
}

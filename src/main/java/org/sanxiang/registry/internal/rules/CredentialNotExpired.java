package org.sanxiang.registry.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/** A credential entitles its holder until the last day of the validity printed on it, that day included. */
@Component
public class CredentialNotExpired extends LegalRule<ActingOfficer> {

    public CredentialNotExpired() {
        super("credential-not-expired", "行政处罚法 第四十二条；司办通〔2020〕78号（证件载明有效期）", CONFLICT,
                "过了有效期的执法证不能用于执法", "An expired credential does not entitle its holder to act",
                ActingOfficer.COMMAND);
    }

    @Override
    public Optional<Refusal> check(ActingOfficer facts) {
        ActingOfficer.Held held = facts.credential();
        return held == null || !facts.date().isAfter(held.validUntil()) ? allowed()
                : refuse("执法证 " + held.number() + " 的有效期至 " + held.validUntil() + "，该日期已过期",
                        "Credential " + held.number() + " was valid until " + held.validUntil()
                                + " and had expired by then");
    }
}

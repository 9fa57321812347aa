package org.sanxiang.registry.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.registry.CredentialStatus;
import org.springframework.stereotype.Component;

/**
 * A credential suspended (暂扣), revoked (吊销) or cancelled (注销) on the date does not entitle its holder, judged by
 * its status that day, not today's: an act is judged by the credential as it stood when the act was done.
 */
@Component
public class CredentialNotWithdrawn extends LegalRule<ActingOfficer> {

    public CredentialNotWithdrawn() {
        super("credential-not-withdrawn", "行政处罚法 第四十二条；各省行政执法证件管理办法（暂扣、吊销、注销）", CONFLICT,
                "被暂扣、吊销或注销的执法证不能用于执法",
                "A suspended, revoked or cancelled credential does not entitle its holder to act",
                ActingOfficer.COMMAND);
    }

    @Override
    public Optional<Refusal> check(ActingOfficer facts) {
        ActingOfficer.Held held = facts.credential();
        if (held == null || held.status() == CredentialStatus.VALID) {
            return allowed();
        }
        String zh = switch (held.status()) {
            case SUSPENDED -> "暂扣";
            case REVOKED -> "吊销";
            default -> "注销";
        };
        return refuse("执法证 " + held.number() + " 在 " + facts.date() + " 处于" + zh + "状态",
                "Credential " + held.number() + " was " + held.status().name().toLowerCase(java.util.Locale.ROOT)
                        + " on " + facts.date());
    }
}

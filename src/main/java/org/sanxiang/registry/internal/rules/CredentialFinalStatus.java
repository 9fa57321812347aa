package org.sanxiang.registry.internal.rules;

import java.util.Optional;
import java.util.Set;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.registry.CredentialStatus;
import org.springframework.stereotype.Component;

/**
 * 暂扣 (SUSPENDED) may be lifted; 吊销 (REVOKED) and 注销 (CANCELLED) are final: a new credential is issued instead.
 * 吊销 even bars re-application for two years in e.g. 《吉林省行政执法证件管理办法》; in every province a revoked or
 * cancelled card is replaced, never restored.
 */
@Component
public class CredentialFinalStatus extends LegalRule<StatusChangeRequest> {

    static final Set<CredentialStatus> FINAL = Set.of(CredentialStatus.REVOKED, CredentialStatus.CANCELLED);

    public CredentialFinalStatus() {
        super("credential-final-status",
                "各省行政执法证件管理办法（如《吉林省行政执法证件管理办法》：吊销的证件不予恢复，须重新申领）", CONFLICT,
                "已吊销或注销的执法证不能再变更状态，须换发新证",
                "A revoked or cancelled credential never changes status again; a new one is issued",
                StatusChangeRequest.COMMAND);
    }

    @Override
    public Optional<Refusal> check(StatusChangeRequest facts) {
        return FINAL.contains(facts.from())
                ? refuse("已吊销或注销的执法证不能再变更状态，请换发新证",
                        "A revoked or cancelled credential cannot change status; issue a new one")
                : allowed();
    }
}

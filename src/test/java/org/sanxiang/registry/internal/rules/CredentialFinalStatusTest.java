package org.sanxiang.registry.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanxiang.registry.CredentialStatus;

class CredentialFinalStatusTest {

    final CredentialFinalStatus rule = new CredentialFinalStatus();

    @Test
    void aRevokedOrCancelledCredentialIsNeverReinstated() {
        for (CredentialStatus from : new CredentialStatus[] {CredentialStatus.REVOKED, CredentialStatus.CANCELLED}) {
            for (CredentialStatus to : CredentialStatus.values()) {
                assertThat(rule.check(new StatusChangeRequest(from, to))).as(from + " → " + to)
                        .hasValueSatisfying(r -> {
                            assertThat(r.status()).isEqualTo(409);
                            assertThat(r.messages().zh()).startsWith("已吊销或注销的执法证不能再变更状态")
                                    .endsWith("；规则 credential-final-status）");
                        });
            }
        }
    }

    @Test
    void aSuspendedCredentialMayBeReinstatedOrWithdrawn() {
        assertThat(rule.check(new StatusChangeRequest(CredentialStatus.SUSPENDED, CredentialStatus.VALID))).isEmpty();
        assertThat(rule.check(new StatusChangeRequest(CredentialStatus.VALID, CredentialStatus.REVOKED))).isEmpty();
    }
}

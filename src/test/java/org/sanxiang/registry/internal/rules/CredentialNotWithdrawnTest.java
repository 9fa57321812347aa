package org.sanxiang.registry.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.registry.CredentialStatus;

class CredentialNotWithdrawnTest {

    final CredentialNotWithdrawn rule = new CredentialNotWithdrawn();

    @Test
    void aSuspendedRevokedOrCancelledCredentialDoesNotEntitleItsHolder() {
        assertThat(rule.check(Acts.acting(Acts.valid()))).isEmpty();
        assertThat(refusal(CredentialStatus.SUSPENDED)).contains("处于暂扣状态");
        assertThat(refusal(CredentialStatus.REVOKED)).contains("处于吊销状态");
        assertThat(refusal(CredentialStatus.CANCELLED)).contains("处于注销状态");
    }

    private String refusal(CredentialStatus status) {
        return rule.check(Acts.acting(Acts.credential(status, LocalDate.of(2027, 12, 31), List.of()))).orElseThrow()
                .messages().zh();
    }
}

package org.sanxiang.registry.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.registry.CredentialStatus;

class CredentialNotExpiredTest {

    final CredentialNotExpired rule = new CredentialNotExpired();

    @Test
    void aCredentialEntitlesItsHolderUntilTheLastDayOfItsValidityAndNotAfter() {
        assertThat(rule.check(Acts.acting(Acts.credential(CredentialStatus.VALID, Acts.DAY, List.of())))).isEmpty();
        assertThat(rule.check(Acts.acting(Acts.credential(CredentialStatus.VALID, Acts.DAY.minusDays(1), List.of()))))
                .hasValueSatisfying(r -> assertThat(r.messages().zh()).contains("执法证 HN-0001 的有效期至 2025-05-31"));
        assertThat(rule.check(Acts.acting(null))).as("no credential: another rule's business").isEmpty();
    }
}

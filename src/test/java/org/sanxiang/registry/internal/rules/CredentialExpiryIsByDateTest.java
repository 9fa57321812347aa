package org.sanxiang.registry.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanxiang.registry.CredentialStatus;

class CredentialExpiryIsByDateTest {

    final CredentialExpiryIsByDate rule = new CredentialExpiryIsByDate();

    @Test
    void expiryFollowsFromTheValidityDateAndIsNeverSetByHand() {
        assertThat(rule.check(new StatusChangeRequest(CredentialStatus.VALID, CredentialStatus.EXPIRED)))
                .hasValueSatisfying(r -> {
                    assertThat(r.status()).isEqualTo(422);
                    assertThat(r.legalBasis()).contains("司办通〔2020〕78号");
                });
        assertThat(rule.check(new StatusChangeRequest(CredentialStatus.VALID, CredentialStatus.SUSPENDED))).isEmpty();
    }
}

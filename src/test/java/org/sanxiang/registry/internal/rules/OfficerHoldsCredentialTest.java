package org.sanxiang.registry.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficerHoldsCredentialTest {

    final OfficerHoldsCredential rule = new OfficerHoldsCredential();

    @Test
    void enforcementIsByOfficersHoldingACredential() {
        assertThat(rule.check(Acts.acting(Acts.valid()))).isEmpty();
        assertThat(rule.check(Acts.acting(null))).hasValueSatisfying(r -> {
            assertThat(r.rule()).isEqualTo("officer-holds-credential");
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.messages().zh()).contains("2025-06-01 前未领取执法证");
        });
    }
}

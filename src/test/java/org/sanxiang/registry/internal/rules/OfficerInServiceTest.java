package org.sanxiang.registry.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficerInServiceTest {

    final OfficerInService rule = new OfficerInService();

    @Test
    void anOfficerWhoLeftHerEnforcementPostMayNotActEvenWithAValidCredential() {
        ActingOfficer atPost = Acts.acting(Acts.valid());
        ActingOfficer left = new ActingOfficer(false, Acts.valid(), "market", Acts.MARKET, null, Acts.DAY);

        assertThat(rule.check(atPost)).isEmpty();
        assertThat(rule.check(left)).hasValueSatisfying(r -> {
            assertThat(r.rule()).isEqualTo("officer-in-service");
            assertThat(r.messages().zh()).startsWith("该执法人员不存在或已不在执法岗位").contains("行政处罚法 第四十二条");
        });
    }
}

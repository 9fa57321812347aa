package org.sanxiang.registry.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanxiang.platform.rule.Text;

class CredentialCoversDomainTest {

    final CredentialCoversDomain rule = new CredentialCoversDomain();

    @Test
    void anOfficerActsOnlyInTheDomainsHerCredentialNames() {
        assertThat(rule.check(Acts.acting(Acts.valid()))).isEmpty();
        ActingOfficer foodAndDrugs = new ActingOfficer(true, Acts.valid(), "food-drug",
                new Text("食品药品", "Food and drugs"), null, Acts.DAY);
        assertThat(rule.check(foodAndDrugs)).hasValueSatisfying(r -> assertThat(r.messages().zh())
                .startsWith("执法证 HN-0001 未载明“食品药品”执法领域").endsWith("规则 credential-covers-domain）"));
    }
}

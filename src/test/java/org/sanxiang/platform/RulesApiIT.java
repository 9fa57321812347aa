package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.test.ChinaDay;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The public rule catalogue (API-CONTRACT "Rules") and a command refused by several rules at once. */
@IntegrationTest
class RulesApiIT {

    @LocalServerPort
    int port;

    @Test
    void anyoneReadsEveryRuleWithItsBasisWhereItAppliesAndTheParametersInForce() {
        ApiClient.Response r = ApiClient.anonymous(port).get("/api/v1/public/rules");
        assertThat(r.status()).isEqualTo(200);
        JsonNode rules = r.json();
        assertThat(rules.findValuesAsString("name")).contains("credential-final-status",
                "credential-expiry-is-by-date", "calendar-year-missing", "officer-holds-credential",
                "credential-not-expired", "credential-not-withdrawn", "credential-covers-domain",
                "credential-covers-area", "legal-reviewer-ratio");
        for (JsonNode rule : rules) {
            assertThat(rule.get("title").get("zh").asString()).as(rule.toString()).isNotBlank();
            assertThat(rule.get("title").get("en").asString()).isNotBlank();
            assertThat(rule.get("legalBasis").asString()).isNotBlank();
            assertThat(rule.get("appliesTo").isArray() && !rule.get("appliesTo").isEmpty()).isTrue();
            assertThat(rule.get("parameters").isObject()).isTrue();
        }
        JsonNode finalStatus = byName(rules, "credential-final-status");
        assertThat(finalStatus.get("kind").asString()).isEqualTo("rule");
        assertThat(finalStatus.get("status").asInt()).isEqualTo(409);
        assertThat(finalStatus.get("appliesTo").get(0).asString()).isEqualTo("registry.credential.change-status");
        assertThat(byName(rules, "officer-holds-credential").get("legalBasis").asString()).contains("行政处罚法 第四十二条");
        JsonNode ratio = byName(rules, "legal-reviewer-ratio");
        assertThat(ratio.get("kind").asString()).isEqualTo("indicator");
        assertThat(ratio.get("parameters").get("min-ratio").decimalValue()).isEqualByComparingTo("0.05");
    }

    @Test
    void aCommandBrokenByTwoRulesIsRefusedWithBothTheFirstAsItsType() {
        RegistryFixture f = new RegistryFixture(port);
        long officer = f.officer(f.city, "周两拒", List.of("market"));
        long credential = f.credential(officer, RegistryFixture.uniqueNumber(), ChinaDay.today().minusYears(1),
                ChinaDay.today().plusYears(1), List.of("market"));
        String status = "/api/v1/registry/credentials/" + credential + "/status";
        f.admin.post(status, Map.of("status", "REVOKED", "reason", "出借执法证件"));

        ApiClient.Response r = f.admin.post(status, Map.of("status", "EXPIRED", "reason", "到期"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode problem = r.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:sanxiang:rule:credential-expiry-is-by-date");
        assertThat(problem.get("legalBasis").asString()).contains("司办通〔2020〕78号");
        JsonNode refusals = problem.get("refusals");
        assertThat(refusals.findValuesAsString("rule")).containsExactly("credential-expiry-is-by-date",
                "credential-final-status");
        assertThat(refusals.get(1).get("legalBasis").asString()).contains("行政执法证件管理办法");
        assertThat(refusals.get(1).get("messages").get("zh").asString()).startsWith("已吊销或注销的执法证不能再变更状态");
        assertThat(problem.get("messages").get("zh").asString()).contains("规则 credential-expiry-is-by-date")
                .contains("规则 credential-final-status");
    }

    private static JsonNode byName(JsonNode rules, String name) {
        for (JsonNode rule : rules) {
            if (rule.get("name").asString().equals(name)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + name + " in " + rules);
    }
}

package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.test.ChinaDay;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Walks every registry and platform endpoint with every role, a supervisor of the superior government, an
 * administrator of another branch and an anonymous caller, and asserts who may do what.
 */
@IntegrationTest
class AuthorizationIT {

    @LocalServerPort
    int port;

    RegistryFixture f;
    Map<String, ApiClient> actors;
    long cityOfficer;
    long credential;
    String credentialNumber;

    @BeforeEach
    void setUp() {
        f = new RegistryFixture(port);
        actors = new LinkedHashMap<>();
        actors.put("anonymous", ApiClient.anonymous(port));
        for (Role role : List.of(Role.OFFICER, Role.UNIT_HEAD, Role.LEGAL_REVIEWER, Role.AGENCY_HEAD,
                Role.DISCLOSURE_ADMIN, Role.ADMIN)) {
            actors.put(role.name(), f.as(f.user(role.name(), f.city)));
        }
        actors.put("SUPERVISOR", f.as(f.user("SUPERVISOR", f.justice)));
        actors.put("COUNTY_OFFICER", f.as(f.user("OFFICER", f.county)));
        actors.put("OUTSIDE_ADMIN", f.as(f.user("ADMIN", f.commerce)));
        cityOfficer = f.officer(f.city, "授权测试", List.of("market"));
        credentialNumber = RegistryFixture.uniqueNumber();
        credential = f.credential(cityOfficer, credentialNumber, ChinaDay.today().minusDays(1),
                ChinaDay.today().plusYears(1), List.of("market"));
    }

    /** Expected status per actor; actors not named get {@code others}. */
    private void expect(String what, Function<ApiClient, ApiClient.Response> call, int others,
            Map<String, Integer> expected) {
        SoftAssertions soft = new SoftAssertions();
        actors.forEach((name, client) -> soft.assertThat(call.apply(client).status())
                .as(what + " by " + name).isEqualTo(expected.getOrDefault(name, others)));
        soft.assertAll();
    }

    private static Map<String, Integer> cityReaders(int status) {
        return Map.of("OFFICER", status, "UNIT_HEAD", status, "LEGAL_REVIEWER", status, "AGENCY_HEAD", status,
                "DISCLOSURE_ADMIN", status, "ADMIN", status, "SUPERVISOR", status);
    }

    @Test
    void publicEndpointsAnswerEveryoneIncludingAnonymousCallers() {
        expect("credential lookup", c -> c.get("/api/v1/public/credentials/" + credentialNumber), 200, Map.of());
        expect("agency list", c -> c.get("/api/v1/public/agencies"), 200, Map.of());
        expect("public officers", c -> c.get("/api/v1/public/agencies/" + f.city + "/officers"), 200, Map.of());
        expect("portal page", c -> c.get("/portal/credentials/" + credentialNumber), 200, Map.of());
        expect("health", c -> c.get("/actuator/health"), 200, Map.of());
        assertThat(actors.get("anonymous").get("/actuator/health").text()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void anAgencysRecordsAreSeenByItsOwnUsersAndItsSupervisorsButNotByOtherBranches() {
        Map<String, Integer> readers = new LinkedHashMap<>(cityReaders(200));
        readers.put("anonymous", 401);
        expect("read city agency", c -> c.get("/api/v1/registry/agencies/" + f.city), 404, readers);
        expect("read city officer", c -> c.get("/api/v1/registry/officers/" + cityOfficer), 404, readers);
        expect("read reviewer indicator", c -> c.get("/api/v1/registry/agencies/" + f.city + "/indicator"), 404,
                readers);
        expect("may-act check", c -> c.get("/api/v1/registry/authority?officerId=" + cityOfficer
                + "&domain=market"), 404, readers);
        expect("officer list", c -> c.get("/api/v1/registry/officers"), 200, Map.of("anonymous", 401));
    }

    @Test
    void listsContainOnlyTheAgenciesInTheUsersScope() {
        Function<String, List<String>> names = actor -> actors.get(actor)
                .get("/api/v1/registry/agencies?size=200").json().get("items").findValuesAsString("name");
        assertThat(names.apply("OFFICER")).containsExactly(f.tag + "市场监督管理局");
        assertThat(names.apply("COUNTY_OFFICER")).containsExactly(f.tag + "县市场监督管理局");
        assertThat(names.apply("OUTSIDE_ADMIN")).containsExactly(f.tag + "商务局");
        assertThat(names.apply("SUPERVISOR")).containsExactlyInAnyOrder(f.tag + "司法局", f.tag + "市场监督管理局",
                f.tag + "县市场监督管理局", f.tag + "商务局");
        assertThat(names.apply("ADMIN")).as("a city administrator also manages the county below")
                .containsExactlyInAnyOrder(f.tag + "市场监督管理局", f.tag + "县市场监督管理局");
    }

    @Test
    void onlyTheAgencysAdministratorChangesItsRegistry() {
        Map<String, Integer> admins = Map.of("ADMIN", 201, "OUTSIDE_ADMIN", 404, "anonymous", 401);
        int[] n = {0};
        expect("add unit", c -> c.post("/api/v1/registry/agencies/" + f.city + "/units",
                Map.of("name", "科室" + n[0]++, "kind", "OTHER")), 403, admins);
        expect("register officer", c -> c.post("/api/v1/registry/agencies/" + f.city + "/officers",
                Map.of("name", "新人", "idNumber", RegistryFixture.idNumber(), "domains", List.of("market"))), 403,
                admins);
        expect("issue credential", c -> c.post("/api/v1/registry/officers/" + cityOfficer + "/credentials",
                Map.of("number", RegistryFixture.uniqueNumber(), "issuer", "省政府", "issuedOn", "2024-01-01",
                        "validUntil", "2030-01-01", "domains", List.of("market"))), 403, admins);
        expect("add legal staff", c -> c.post("/api/v1/registry/agencies/" + f.city + "/legal-staff",
                Map.of("name", "审核", "kind", "LEGAL_REVIEWER", "qualification", "法律职业资格证书")), 403, admins);
        expect("register agency under city", c -> c.post("/api/v1/registry/agencies", Map.of("name",
                "下级" + n[0]++, "uscc", RegistryFixture.uscc(), "level", "TOWNSHIP", "domain", "market",
                "kind", "ENTRUSTED", "parentId", f.city)), 403, admins);
        expect("suspend credential", c -> c.post("/api/v1/registry/credentials/" + credential + "/status",
                Map.of("status", "SUSPENDED", "reason", "测试")), 403,
                Map.of("ADMIN", 200, "OUTSIDE_ADMIN", 404, "anonymous", 401));
    }

    @Test
    void onlyAPlatformAdministratorRegistersATopLevelAgency() {
        expect("register top-level agency", c -> c.post("/api/v1/registry/agencies", Map.of("name", "顶级",
                "uscc", RegistryFixture.uscc(), "level", "PROVINCE", "domain", "market", "kind", "STATUTORY")), 403,
                Map.of("anonymous", 401));
        assertThat(f.admin.post("/api/v1/registry/agencies", Map.of("name", f.tag + "顶级", "uscc",
                RegistryFixture.uscc(), "level", "PROVINCE", "domain", "market", "kind", "STATUTORY")).status())
                .isEqualTo(201);
    }

    @Test
    void userAccountsAreManagedByAdministratorsWithinTheirScope() {
        expect("list users", c -> c.get("/api/v1/users"), 403,
                Map.of("ADMIN", 200, "OUTSIDE_ADMIN", 200, "anonymous", 401));
        int[] n = {0};
        expect("create city user", c -> c.post("/api/v1/users", Map.of("username", f.tag + "-new-" + n[0]++,
                "password", "a-long-password", "agencyId", f.city, "roles", List.of("OFFICER"))), 403,
                Map.of("ADMIN", 201, "anonymous", 401));
        assertThat(actors.get("OUTSIDE_ADMIN").get("/api/v1/users").text()).doesNotContain(f.tag + "-officer-");
    }

    @Test
    void metricsAreForPlatformAdministratorsOnly() {
        expect("prometheus", c -> c.get("/actuator/prometheus"), 403, Map.of("anonymous", 401));
        assertThat(f.admin.get("/actuator/prometheus").status()).isEqualTo(200);
    }
}

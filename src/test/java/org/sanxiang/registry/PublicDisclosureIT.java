package org.sanxiang.registry;

import org.sanxiang.test.ChinaDay;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.DatabaseBehaviour;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a member of the public reads on the portal (事前公开、事中公示): only officers who may act today are listed,
 * the lookup still answers for the others, and a search that finds nothing, or a forged QR code, says how to
 * report it instead of showing an error.
 */
@IntegrationTest
@DatabaseBehaviour
class PublicDisclosureIT {

    @LocalServerPort
    int port;

    @Test
    void theOfficerListShowsOnlyOfficersWhoMayActTodayWhileTheLookupAnswersForTheOthersWithTheirStatus() {
        RegistryFixture f = new RegistryFixture(port);
        LocalDate today = ChinaDay.today();
        String valid = credential(f, "甲在岗", today.minusYears(1), today.plusYears(1));
        String expired = credential(f, "乙过期", today.minusYears(4), today.minusDays(1));
        String notYet = credential(f, "丙未生效", today.plusDays(3), today.plusYears(5));
        long suspendedId = f.credential(f.officer(f.city, "丁暂扣", List.of("market")), "S" + RegistryFixture.uniqueNumber(),
                today.minusYears(1), today.plusYears(1), List.of("market"));
        assertThat(f.admin.post("/api/v1/registry/credentials/" + suspendedId + "/status",
                Map.of("status", "SUSPENDED", "reason", "违规使用执法证")).status()).isEqualTo(200);
        ApiClient visitor = ApiClient.anonymous(port);

        String page = visitor.get("/portal/agencies/" + f.city).text();
        assertThat(page).contains("甲在岗", valid).doesNotContain("乙过期").doesNotContain("丙未生效")
                .doesNotContain("丁暂扣");
        assertThat(visitor.get("/api/v1/public/agencies/" + f.city + "/officers").text()).contains("甲在岗")
                .doesNotContain("乙过期").doesNotContain("丁暂扣");

        assertThat(visitor.get("/portal/officers/lookup?number=" + expired).text()).contains("乙过期", "证件已过有效期");
        assertThat(visitor.get("/api/v1/public/credentials/" + notYet).status()).isEqualTo(200);
    }

    @Test
    void partOfANameFindsTheOfficerAndNothingFoundGivesTheAgencysComplaintNumberAndAWayBack() {
        RegistryFixture f = new RegistryFixture(port);
        credential(f, "欧阳明月", ChinaDay.today().minusYears(1), ChinaDay.today().plusYears(1));
        ApiClient visitor = ApiClient.anonymous(port);

        assertThat(visitor.get("/portal/officers/lookup?agencyId=" + f.city + "&name=" + encode("明月")).text())
                .contains("欧阳明月");

        String none = visitor.get("/portal/officers/lookup?agencyId=" + f.city + "&name=" + encode("无此人")).text();
        assertThat(none).contains("未查到符合条件的执法人员", f.tag + "市场监督管理局投诉举报电话 12345")
                .contains("href=\"/portal/officers/lookup\"");
    }

    /** The portal keeps its answers for a few seconds (PublicPageCache); a change of the registry is not kept out. */
    @Test
    void aSuspensionShowsOnThePortalAtOnceThoughItsAnswersAreKept() {
        RegistryFixture f = new RegistryFixture(port);
        String number = RegistryFixture.uniqueNumber();
        long credential = f.credential(f.officer(f.city, "戊亮证", List.of("market")), number,
                ChinaDay.today().minusYears(1), ChinaDay.today().plusYears(1), List.of("market"));
        ApiClient visitor = ApiClient.anonymous(port);
        String agencyPage = "/portal/agencies/" + f.city;
        assertThat(visitor.get(agencyPage).text()).contains("戊亮证");
        assertThat(visitor.get("/portal/credentials/" + number).text()).contains("status-VALID");
        assertThat(visitor.get("/api/v1/public/credentials/" + number).text()).contains("\"status\":\"VALID\"");

        assertThat(f.admin.post("/api/v1/registry/credentials/" + credential + "/status",
                Map.of("status", "SUSPENDED", "reason", "违规使用执法证")).status()).isEqualTo(200);

        assertThat(visitor.get(agencyPage).text()).doesNotContain("戊亮证");
        assertThat(visitor.get("/portal/credentials/" + number).text()).contains("status-SUSPENDED", "暂扣");
        assertThat(visitor.get("/api/v1/public/credentials/" + number).text()).contains("\"status\":\"SUSPENDED\"");
    }

    @Test
    void anUnknownOrForgedCredentialSaysItIsNotRegisteredAndHowToReportIt() {
        ApiClient.Response forged = ApiClient.anonymous(port).get("/portal/credentials/FAKE-0001");
        assertThat(forged.status()).isEqualTo(404);
        assertThat(forged.text()).contains("执法证未登记", "FAKE-0001", "12345", "投诉举报电话")
                .contains("href=\"/portal/agencies\"").doesNotContain("出错了");
    }

    @Test
    void aPageBeyondTheLastShowsTheLastPage() {
        new RegistryFixture(port);
        String page = ApiClient.anonymous(port).get("/portal/agencies?page=9999").text();
        assertThat(page).containsPattern("第 (\\d+) 页，共 \\1 页").contains("<td>");
    }

    @Test
    void theHomePagePromisesOnlyWhatExistsAndEveryPageHasAFavicon() {
        ApiClient visitor = ApiClient.anonymous(port);
        String home = visitor.get("/").text();
        assertThat(home).doesNotContain("执法结果").contains("rel=\"icon\"", "/images/favicon.svg");
        ApiClient.Response svg = visitor.get("/images/favicon.svg");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        assertThat(visitor.get("/favicon.ico").status()).isEqualTo(200);
    }

    private static String credential(RegistryFixture f, String name, LocalDate from, LocalDate until) {
        String number = RegistryFixture.uniqueNumber();
        f.credential(f.officer(f.city, name, List.of("market")), number, from, until, List.of("market"));
        return number;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

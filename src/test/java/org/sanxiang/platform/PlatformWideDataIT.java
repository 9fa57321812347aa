package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.BrowserSession;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What spans the whole platform (the evidence integrity run) is for platform administrators only. */
@IntegrationTest
class PlatformWideDataIT {

    @LocalServerPort
    int port;

    @Test
    void anAgencyAdministratorNeitherStartsNorReadsThePlatformWideIntegrityRun() {
        RegistryFixture f = new RegistryFixture(port);
        String commerceAdmin = f.user("ADMIN", f.commerce);
        ApiClient agencyAdmin = f.as(commerceAdmin);

        assertThat(agencyAdmin.post("/api/v1/evidence/integrity/runs", Map.of()).status()).isEqualTo(403);
        assertThat(agencyAdmin.get("/api/v1/evidence/integrity/runs/latest").status()).isEqualTo(403);
        String page = BrowserSession.signedIn(port, commerceAdmin, RegistryFixture.PASSWORD)
                .get("/workbench/evidence/integrity").body();
        assertThat(page).contains("仅平台管理员可见").doesNotContain("存储位置").doesNotContain("立即校验");
    }
}

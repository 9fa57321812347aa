package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An error a person reads is in her language only and says what to do: no English fragment, no status code. */
@IntegrationTest
class ErrorMessagesIT {

    @LocalServerPort
    int port;

    @Test
    void anApiClientsChineseMessageForAnUnknownAddressIsChineseThroughout() {
        ApiClient.Response missing = ApiClient.anonymous(port).get("/api/v1/public/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("messages").get("zh").asString()).isEqualTo("请求的资源不存在，请核对地址")
                .doesNotContainPattern("[A-Za-z]");
        assertThat(missing.json().get("messages").get("en").asString()).isNotBlank();
    }

    @Test
    void aMissingPageSaysSoInChineseWithoutAStatusCodeAndLeadsHome() {
        ApiClient.Response missing = ApiClient.anonymous(port).get("/portal/no-such-page");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text()).contains("您访问的页面不存在", "返回公示平台首页").doesNotContain("状态码");
    }
}

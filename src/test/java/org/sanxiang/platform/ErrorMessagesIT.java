package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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
    void anApiClientsChineseMessageForAMalformedParameterIsChineseThroughout() {
        ApiClient.Response malformed = ApiClient.anonymous(port).get("/api/v1/public/ledger/entries/abc");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("messages").get("zh").asString()).isEqualTo("请求有误：请检查参数的名称、格式和取值")
                .doesNotContainPattern("[A-Za-z]");
        assertThat(malformed.json().get("messages").get("en").asString()).contains("abc");
    }

    @Test
    void aMissingPageSaysSoInChineseWithoutAStatusCodeAndLeadsHome() throws Exception {
        HttpResponse<String> missing = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/portal/no-such-page")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("您访问的页面不存在", "返回公示平台首页").doesNotContain("状态码")
                .doesNotContain("Not Found");
    }
}

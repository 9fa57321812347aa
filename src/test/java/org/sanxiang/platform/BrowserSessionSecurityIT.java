package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.test.BrowserSession;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser's session cookie opens nothing to another site, and behind TLS it travels only over TLS. */
@IntegrationTest
class BrowserSessionSecurityIT {

    @LocalServerPort
    int port;

    @Test
    void anotherSitesPageCannotChangeRecordsThroughTheApiWithTheVictimsSessionCookie() {
        RegistryFixture f = new RegistryFixture(port);
        BrowserSession victim = BrowserSession.signedIn(port, "admin", "admin-password-1");
        String units = "/api/v1/registry/agencies/" + f.city + "/units";

        HttpResponse<String> forged = victim.send(json(victim, units, "跨站伪造科")
                .header("Origin", "http://evil.example"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type").orElse("")).contains("problem+json");

        HttpResponse<String> ownPage = victim.send(json(victim, units, "本站页面科")
                .header("X-CSRF-TOKEN", victim.pageToken("/workbench")));
        assertThat(ownPage.statusCode()).as("our own page sends its token").isEqualTo(201);

        assertThat(f.admin.post(units, Map.of("name", "接口客户端科", "kind", "OTHER")).status())
                .as("HTTP Basic needs no token").isEqualTo(201);
    }

    @Test
    void behindATlsProxyCookiesAreSecureAndHstsIsSent() {
        HttpResponse<String> https = new BrowserSession(port).send(HttpRequest.newBuilder(
                new BrowserSession(port).uri("/login")).header("X-Forwarded-Proto", "https"));
        assertThat(https.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly"));
        assertThat(https.headers().firstValue("Strict-Transport-Security")).isPresent();

        HttpResponse<String> http = new BrowserSession(port).get("/login");
        assertThat(http.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
        assertThat(http.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private static HttpRequest.Builder json(BrowserSession browser, String path, String name) {
        return HttpRequest.newBuilder(browser.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"kind\":\"OTHER\"}"));
    }
}

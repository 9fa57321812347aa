package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Hand-made bad input gets a 4xx that says so: problem details for the API, a Chinese page for pages. */
@IntegrationTest
class BadInputIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:admin-password-1".getBytes());

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aQueryThatIsNotUtf8IsABadRequestNotAServerError() throws Exception {
        assertProblem(send(get("/api/v1/public/agencies?q=%C3%28%FF")), 400);
        assertChinesePage(send(get("/portal/agencies?q=%C3%28%FF")), 400);
    }

    @Test
    void jsonTextWithALoneSurrogateIsRefusedAsBadInputBeforeItReachesTheLedger() throws Exception {
        long agency = new RegistryFixture(port).city;
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/registry/agencies/" + agency + "/units"))
                .header("Authorization", ADMIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"\\ud800x\",\"kind\":\"OTHER\"}")));
        assertThat(assertProblem(r, 400).get("messages").get("zh").asString()).contains("孤立的代理项");
    }

    @Test
    void aBrokenMultipartBodyIsABadRequest() throws Exception {
        long agency = new RegistryFixture(port).city;
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/registry/agencies/" + agency
                        + "/officers/import")).header("Authorization", ADMIN)
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x\r\ngarbage")));
        assertProblem(r, 400);
    }

    @Test
    void aPathWithANulAnEncodedDotDotSlashOrABackslashGetsProblemDetailsOrAChinesePage() throws Exception {
        for (String bad : List.of("%00", "%2e%2e%2fetc", "a%5cb")) {
            assertProblem(send(get("/api/v1/public/agencies/" + bad)), 400);
            assertChinesePage(send(get("/portal/agencies/" + bad)), 400);
        }
    }

    private JsonNode assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("messages").get("zh").asString()).isNotBlank();
        assertThat(problem.get("messages").get("en").asString()).isNotBlank();
        return problem;
    }

    private static void assertChinesePage(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.uri().toString()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("text/html");
        assertThat(r.body()).contains("出错了").doesNotContain("HTTP Status");
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/json;q=0.9").GET();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

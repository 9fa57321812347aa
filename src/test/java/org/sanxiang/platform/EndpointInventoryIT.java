package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint the application maps, so that a new endpoint cannot forget its protection: anonymous
 * callers reach only the portal and the public API, and every role is refused where an endpoint's rule leaves it
 * out.
 */
@IntegrationTest
class EndpointInventoryIT {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newHttpClient();

    record Endpoint(String method, String path, HandlerMethod handler) {

        boolean isPublic() {
            return path.startsWith("/api/v1/public/") || path.startsWith("/portal/") || Set.of("/", "/login",
                    "/error").contains(path) || path.startsWith("/v3/api-docs") || path.startsWith("/swagger-ui");
        }

        /** The roles the endpoint's {@code hasRole}/{@code hasAnyRole} rule admits; empty when it has no such rule. */
        Set<Role> admitted() {
            PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
            if (rule == null) {
                rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
            }
            if (rule == null || !rule.value().matches("has(Any)?Role\\(('[A-Z_]+',?\\s*)+\\)")) {
                return Set.of();
            }
            Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([A-Z_]+)'").matcher(rule.value());
            while (m.find()) {
                roles.add(Role.valueOf(m.group(1)));
            }
            return roles;
        }
    }

    List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", "1").replace("/**", "/x");
                (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
                        .forEach(m -> all.add(new Endpoint(m.name(), path, e.getValue())));
            }
        }
        assertThat(all).hasSizeGreaterThan(40);
        return all;
    }

    @Test
    void anonymousCallersReachOnlyThePortalAndThePublicApi() {
        SoftAssertions soft = new SoftAssertions();
        for (Endpoint e : endpoints()) {
            if (e.isPublic()) {
                continue;
            }
            int status = send(e, null).statusCode();
            if (e.path().startsWith("/api/")) {
                soft.assertThat(status).as(e.method() + " " + e.path()).isEqualTo(401);
            } else {
                soft.assertThat(status).as(e.method() + " " + e.path())
                        .isIn(302, 403); // to the login page; or the CSRF filter refuses a tokenless form post
            }
        }
        soft.assertAll();
    }

    /**
     * Every role against every API endpoint whose rule leaves that role out: the call never succeeds and never breaks
     * the server. An empty body may be refused as invalid (400) before the role is checked; AuthorizationIT sends
     * valid bodies and expects 403, and checks the data scope (another branch's records).
     */
    @Test
    void everyRoleIsRefusedWhereTheEndpointsRuleLeavesItOut() {
        RegistryFixture f = new RegistryFixture(port);
        List<Endpoint> guarded = endpoints().stream().filter(e -> e.path().startsWith("/api/"))
                .filter(e -> !e.admitted().isEmpty()).toList();
        assertThat(guarded).hasSizeGreaterThan(20);
        SoftAssertions soft = new SoftAssertions();
        for (Role role : Role.values()) {
            String user = f.user(role.name(), role == Role.SUPERVISOR ? f.justice : f.city);
            String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + RegistryFixture.PASSWORD)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            guarded.stream().filter(e -> !e.admitted().contains(role))
                    .forEach(e -> soft.assertThat(send(e, basic).statusCode())
                            .as(role + " " + e.method() + " " + e.path()).isIn(400, 403, 404, 405, 415));
        }
        soft.assertAll();
    }

    private HttpResponse<String> send(Endpoint e, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + e.path()))
                .method(e.method(), "GET".equals(e.method()) || "DELETE".equals(e.method())
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception ex) {
            throw new IllegalStateException(e.method() + " " + e.path(), ex);
        }
    }
}

package org.sanxiang.platform.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Writes the API's 401, 429 (a login that must wait) and 403 answers, which the security filters give before any controller runs. */
@Component
class ProblemWriter {

    private final ObjectMapper json;

    ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            write(response, Problems.of(429, "登录失败次数过多，请 " + throttled.retryAfterSeconds() + " 秒后再试",
                    "Too many failed logins; try again in " + throttled.retryAfterSeconds() + " s"));
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"sanxiang\"");
        write(response, Problems.of(401, "需要登录（HTTP Basic 或 API 令牌）",
                "Authentication required (HTTP Basic or API token)"));
    }

    /** A bearer token that is unknown, revoked or expired (RFC 6750 §3.1 invalid_token). */
    void invalidToken(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"sanxiang\", error=\"invalid_token\"");
        write(response, Problems.of(401, "API 令牌无效、已撤销或已过期", "The API token is invalid, revoked or expired"));
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, ApiProblemHandler.forbidden());
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType("application/problem+json;charset=UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}

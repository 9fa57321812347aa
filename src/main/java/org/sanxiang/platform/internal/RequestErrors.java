package org.sanxiang.platform.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** The bilingual message of an error known only by its status, as the error page and the API say it. */
final class RequestErrors {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PAGE = """
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>出错了</title></head><body>
            <h1>出错了</h1><p>%s</p><p lang="en">%s</p><p><a href="/">首页</a></p></body></html>
            """;

    private RequestErrors() {
    }

    /** For answers written where no message converter or template engine runs (Tomcat's valve, the error path). */
    static String contentType(boolean api) {
        return api ? "application/problem+json;charset=UTF-8" : "text/html;charset=UTF-8";
    }

    static String body(boolean api, int status) {
        ProblemDetail problem = problem(status);
        Map<String, String> messages = messages(problem);
        if (api) { // as Spring MVC writes a ProblemDetail: its properties beside the standard members
            Map<String, Object> members = new LinkedHashMap<>();
            members.put("title", problem.getTitle());
            members.put("status", problem.getStatus());
            members.put("detail", problem.getDetail());
            members.put("messages", messages);
            return JSON.writeValueAsString(members);
        }
        return PAGE.formatted(messages.get("zh"), messages.get("en"));
    }

    /** The zh and en messages of a problem made by {@link Problems}. */
    @SuppressWarnings("unchecked")
    static Map<String, String> messages(ProblemDetail problem) {
        return (Map<String, String>) problem.getProperties().get("messages");
    }

    /** Parameters Tomcat cannot decode (not UTF-8, a broken multipart body): the client's mistake. */
    static ProblemDetail undecodableParameters() {
        return Problems.of(400, "请求参数无法解析（编码不是 UTF-8 或请求体不完整）",
                "The request parameters cannot be decoded (not UTF-8, or an incomplete body)");
    }

    static ProblemDetail problem(int status) {
        return switch (status) {
            case 400 -> Problems.of(400, "请求无效：地址、参数或请求体不合规范",
                    "Bad request: the address, a parameter or the body is malformed");
            case 401 -> Problems.of(401, "需要登录", "Authentication required");
            case 403 -> ApiProblemHandler.forbidden();
            case 404 -> Problems.of(404, "接口不存在", "No such API endpoint");
            case 413 -> Problems.of(413, "请求体过大", "The request body is too large");
            default -> status < 500 ? Problems.of(status, "请求有误（" + status + "）", "Request failed (" + status + ")")
                    : Problems.of(500, "服务器内部错误，请稍后重试", "Internal server error; please try again later");
        };
    }
}

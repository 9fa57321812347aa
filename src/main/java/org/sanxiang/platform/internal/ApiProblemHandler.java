package org.sanxiang.platform.internal;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanxiang.platform.SanxiangException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of a REST controller becomes RFC 9457 problem details with a Chinese and an English message. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    static ProblemDetail forbidden() {
        return Problems.of(403, "无权执行此操作", "You are not allowed to do this");
    }

    @ExceptionHandler(SanxiangException.class)
    ProblemDetail refused(SanxiangException e) {
        return Problems.of(e);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return forbidden();
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentEdit(OptimisticLockingFailureException e) {
        return Problems.of(409, "该记录已被他人修改，请刷新后重试",
                "The record was changed by someone else; reload and try again");
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalid(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().reduce((a, b) -> a + "; " + b)
                .orElse("");
        return Problems.of(400, "输入有误：" + detail, "Invalid input: " + detail);
    }

    // A file upload sent without multipart/form-data, or with a broken one: the client's mistake, not the server's.
    @ExceptionHandler(MultipartException.class)
    ProblemDetail notMultipart(MultipartException e) {
        return Problems.of(400, "请以完整的 multipart/form-data 上传文件", "Upload the file as well-formed multipart/form-data");
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail undecodable(InvalidParameterException e) {
        return RequestErrors.undecodableParameters();
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected error", e);
        return Problems.of(500, "服务器内部错误，请稍后重试", "Internal server error; please try again later");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        String fields = e.getBindingResult().getFieldErrors().stream().map(FieldError::getField).distinct()
                .reduce((a, b) -> a + ", " + b).orElse("");
        ProblemDetail problem = Problems.of(400, "输入有误：" + fields, "Invalid input: " + fields);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    // Spring's own errors (missing parameter, wrong type, unsupported method, ...) keep their status and
    // English detail and gain the bilingual messages our clients read.
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        // A refusal raised while the body was read (e.g. a lone surrogate in a JSON string) says what it refused.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SanxiangException refused) {
                return ResponseEntity.status(refused.status()).headers(headers).body(Problems.of(refused));
            }
        }
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && problem.getProperties() == null) {
            String en = problem.getDetail() == null ? "Request failed" : problem.getDetail();
            problem.setProperty("messages", Map.of("zh", zh(status.value()), "en", en));
        }
        return response;
    }

    /** Spring's English detail has no Chinese; a Chinese reader gets what the status means, and what to do. */
    private static String zh(int status) {
        return switch (status) {
            case 400 -> "请求有误：请检查参数的名称、格式和取值";
            case 404 -> "请求的资源不存在，请核对地址";
            case 405 -> "该地址不支持此请求方法";
            case 406 -> "无法以所要求的格式回应，请检查 Accept 请求头";
            case 413 -> "上传的内容过大";
            case 415 -> "不支持该内容类型，请检查 Content-Type 请求头";
            default -> "请求未能完成（HTTP " + status + "）";
        };
    }
}

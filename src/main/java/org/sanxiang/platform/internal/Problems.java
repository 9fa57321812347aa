package org.sanxiang.platform.internal;

import java.util.Map;

import org.sanxiang.platform.RuleViolationException;
import org.sanxiang.platform.SanxiangException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem details that carry the message in Chinese and English. */
final class Problems {

    private Problems() {
    }

    static ProblemDetail of(int status, String zh, String en) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), en);
        problem.setProperty("messages", Map.of("zh", zh, "en", en));
        return problem;
    }

    static ProblemDetail of(SanxiangException e) {
        ProblemDetail problem = of(e.status(), e.zh(), e.en());
        problem.setType(e.type());
        if (e instanceof RuleViolationException rule) {
            problem.setTitle(rule.rule());
            problem.setProperty("rule", rule.rule());
            problem.setProperty("legalBasis", rule.legalBasis());
            problem.setProperty("refusals", rule.refusals());
        }
        return problem;
    }
}

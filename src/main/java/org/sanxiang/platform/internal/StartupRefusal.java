package org.sanxiang.platform.internal;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A start-up that cannot go on because of how it was configured (e.g. a SANXIANG_ADMIN_USERNAME of two letters):
 * the operator reads one line in Chinese and English, as from the command-line tools, not a stack trace, and the
 * process exits with status 1.
 */
class StartupRefusal extends RuntimeException implements ExitCodeGenerator {

    StartupRefusal(String zh, String en) {
        super(zh + " / " + en);
    }

    @Override
    public int getExitCode() {
        return 1;
    }

    /**
     * Prints the refusal's line instead of Spring Boot's report; a failure reported here is not logged again, and
     * Boot exits with the refusal's code (META-INF/spring.factories).
     */
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static final class Reporter implements SpringBootExceptionReporter {

        @Override
        public boolean reportException(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof StartupRefusal refusal) {
                    System.err.println(refusal.getMessage());
                    return true;
                }
            }
            return false;
        }
    }
}

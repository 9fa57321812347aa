package org.sanxiang.platform.internal;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that arise before any controller (a request the security firewall rejects, a body that cannot be parsed):
 * problem details for the API, the Chinese error page for pages, instead of the framework's own answers.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = undecodable(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION)) ? 400
                : code instanceof Integer c && c >= 400 ? c : 500;
        response.setStatus(status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(RequestErrors.contentType(true));
            response.getWriter().write(RequestErrors.body(true, status));
            return null;
        }
        return new ModelAndView("error", Map.of("status", status));
    }

    /** Parameters Tomcat could not decode, met by a filter (e.g. the CSRF check reading a form field). */
    private static boolean undecodable(Object thrown) {
        for (Throwable t = thrown instanceof Throwable e ? e : null; t != null; t = t.getCause()) {
            if (t instanceof InvalidParameterException) {
                return true;
            }
        }
        return false;
    }
}

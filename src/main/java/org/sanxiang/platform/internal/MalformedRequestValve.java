package org.sanxiang.platform.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Answers the requests Tomcat refuses before the application sees them (a path with %00, %2e%2e%2f, %5c, ...):
 * problem details under /api/, a Chinese page elsewhere, instead of Tomcat's English HTML page.
 */
class MalformedRequestValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        boolean api = request.getRequestURI() != null && request.getRequestURI().startsWith("/api/");
        try {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType(RequestErrors.contentType(api));
            Writer out = response.getReporter();
            if (out != null) {
                out.write(RequestErrors.body(api, status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was taken over meanwhile: nothing left to tell
        }
    }

    /** Puts the valve in place of the plain one Spring Boot's own customizer (which runs before) adds to the host. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new MalformedRequestValve());
                host.setErrorReportValveClass(MalformedRequestValve.class.getName()); // else the host adds its own
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}

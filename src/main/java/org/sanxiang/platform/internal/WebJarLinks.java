package org.sanxiang.platform.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * A page's version-less webjar links ({@code @{/webjars/bootstrap/dist/css/bootstrap.min.css}}) become versioned ones
 * ({@code /webjars/bootstrap/5.3.8/dist/css/bootstrap.min.css}), so that no browser keeps an old library after an
 * upgrade; every other link is left alone.
 *
 * <p>It takes the place of Boot's {@link ResourceUrlEncodingFilter} (Boot backs off for a bean of that type), which
 * resolves every link a page builds, each officer's and each pager's too, against every static location: a class-path
 * lookup through the nested jars per link and location, misses never cached. On the portal page of an agency that
 * was two thirds of its time (issue 16).
 */
@Component
class WebJarLinks extends ResourceUrlEncodingFilter {

    private static final String WEBJARS = "/webjars/";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse page) {
            chain.doFilter(request, new Links(http, page));
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class Links extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final String webjars;

        Links(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
            this.webjars = request.getContextPath() + WEBJARS;
        }

        @Override
        public String encodeURL(String url) {
            // the provider is there while the dispatcher serves the request, which is when a page renders its links
            if (url.startsWith(webjars) && request.getAttribute(
                    ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR) instanceof ResourceUrlProvider urls) {
                String versioned = urls.getForRequestUrl(request, url);
                return super.encodeURL(versioned != null ? versioned : url);
            }
            return super.encodeURL(url);
        }
    }
}

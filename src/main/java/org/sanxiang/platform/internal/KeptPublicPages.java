package org.sanxiang.platform.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sanxiang.platform.PublicPageCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The {@link PublicPageCache}: a filter after the security chain (whose headers every answer still gets) that keeps
 * the 200 answers to anonymous GETs of the modules' {@link PublicPageCache.Paths}, by path, query and language.
 * The time to live bounds what an eviction cannot reach: a change made on another node, and the date (a credential
 * that expired at midnight). A request that began before an eviction does not keep its answer, which may have read
 * the data before the change.
 */
@Component
class KeptPublicPages extends OncePerRequestFilter implements PublicPageCache {

    /** Bounds the memory a stream of different queries (e.g. made-up credential numbers) can take. */
    private static final int MAX_BYTES = 32 * 1024 * 1024;
    private static final int MAX_ANSWER_BYTES = 1024 * 1024;

    /** @param renewing set by the one request that renders the answer anew once it expired */
    private record Answer(byte[] body, String contentType, String contentLanguage, long expiresAt,
            AtomicBoolean renewing) {

        boolean fresh() {
            return expiresAt - System.nanoTime() > 0;
        }
    }

    private final List<PathPattern> patterns;
    private final LocaleResolver locales;
    private final long ttlNanos;
    private final Map<String, Answer> kept = new ConcurrentHashMap<>();
    private final AtomicLong keptBytes = new AtomicLong();
    private final AtomicLong generation = new AtomicLong();

    KeptPublicPages(List<PublicPageCache.Paths> paths, LocaleResolver locales,
            @Value("${sanxiang.portal.page-cache-ttl:5s}") Duration ttl) {
        this.patterns = paths.stream().flatMap(p -> p.patterns().stream()).map(PathPatternParser.defaultInstance::parse)
                .toList();
        this.locales = locales;
        this.ttlNanos = ttl.toNanos();
    }

    @Override
    public void evictAll() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget();
                }
            });
        } else {
            forget();
        }
    }

    private void forget() {
        generation.incrementAndGet();
        kept.clear();
        keptBytes.set(0);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (ttlNanos <= 0 || !"GET".equals(request.getMethod()) || request.getParameter("lang") != null) {
            return true; // ?lang= sets the language cookie: the controllers' work, not a kept answer's
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return patterns.stream().noneMatch(p -> p.matches(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!anonymous(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getRequestURI() + '?' + request.getQueryString() + ' '
                + locales.resolveLocale(request).toLanguageTag();
        Answer answer = kept.get(key);
        // an expired answer is renewed by one request while the others still get it: eight visitors arriving as
        // it expires would otherwise render the page eight times at once (bench/pages.md: p99 of the agency page).
        // An eviction (the data changed) removes the answer, so nobody gets what a change made stale.
        if (answer != null && (answer.fresh() || !answer.renewing.compareAndSet(false, true))) {
            response.setContentType(answer.contentType);
            if (answer.contentLanguage != null) {
                response.setHeader(HttpHeaders.CONTENT_LANGUAGE, answer.contentLanguage);
            }
            response.setContentLength(answer.body.length);
            response.getOutputStream().write(answer.body);
            return;
        }
        long before = generation.get();
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, rendered);
        } finally {
            if (answer != null && kept.remove(key, answer)) { // not given again, whatever this render gives
                keptBytes.addAndGet(-answer.body.length);
            }
        }
        byte[] body = rendered.getContentAsByteArray();
        if (rendered.getStatus() == HttpServletResponse.SC_OK && body.length <= MAX_ANSWER_BYTES
                && generation.get() == before) {
            if (keptBytes.addAndGet(body.length) > MAX_BYTES) {
                forget();
            } else {
                kept.put(key, new Answer(body, rendered.getContentType(),
                        rendered.getHeader(HttpHeaders.CONTENT_LANGUAGE), System.nanoTime() + ttlNanos,
                        new AtomicBoolean()));
            }
        }
        rendered.copyBodyToResponse();
    }

    /** Nobody signed in, no session (whose visitor may be shown a message once) and no credentials sent. */
    private static boolean anonymous(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return request.getSession(false) == null && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && (auth == null || auth instanceof AnonymousAuthenticationToken);
    }
}

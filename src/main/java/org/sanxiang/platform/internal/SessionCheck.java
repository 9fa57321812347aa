package org.sanxiang.platform.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in session in step with its account, checked against the database on every request (so it holds
 * on every node of a cluster): a disabled account or a password set anew ends the session at once; new roles, a new
 * name or agency apply from the next request. Without this a session kept the rights it was opened with for as long
 * as its user stayed active. A lockout (someone guessing the password) leaves the owner's session alone.
 */
class SessionCheck extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionCheck.class);

    private static final SecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();
    private static final Pattern STATIC = Pattern.compile(
            "/(webjars|css|js|images)/.*|/[^/]+/[^/]+\\.(js|css)|/favicon\\.ico");

    /** Set in the fresh session after one was ended, so that the login page can say why (then removed). */
    static final String ENDED = SessionCheck.class.getName() + ".ended";

    private final UserAccountService accounts;
    private final boolean pages;

    /** @param pages whether the chain serves pages, whose login page then says why the session ended */
    SessionCheck(UserAccountService accounts, boolean pages) {
        this.accounts = accounts;
        this.pages = pages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof AccountPrincipal held) {
            Optional<AccountPrincipal> now = accounts.principal(held.getUsername());
            if (now.isEmpty() || !now.get().isEnabled() || !now.get().password().equals(held.password())) {
                log.info("session of {} ended: the account was disabled or given a new password", held.getUsername());
                session.invalidate();
                SecurityContextHolder.clearContext(); // the request goes on as anonymous: login page or 401
                if (pages) {
                    request.getSession(true).setAttribute(ENDED, Boolean.TRUE);
                }
            } else if (!now.get().currentUser().equals(held.currentUser())) {
                renew(now.get(), request, response);
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Puts a fresh principal into the current request and its session, under a new session id: a password or
     * rights change must not carry over to whoever else may hold the old id (OWASP session management).
     */
    static void renew(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) == null) {
            return; // e.g. HTTP Basic without a session: nothing to carry over
        }
        try {
            request.changeSessionId();
            SESSIONS.saveContext(context, request, response);
        } catch (IllegalStateException endedMeanwhile) {
            // A parallel request of the same session saw the new password first and ended the session: sign in again.
        }
    }

    /** The static files of the pages (as SecurityConfig permits them) reveal nothing: no database round trip. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC.matcher(path).matches();
    }
}

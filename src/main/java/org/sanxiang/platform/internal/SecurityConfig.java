package org.sanxiang.platform.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.sanxiang.platform.CurrentUser;

/**
 * Two filter chains: the API (HTTP Basic, a CSRF token only when called with a page's session, problem-details
 * errors) and the pages (form login, CSRF, session). Public: the portal and {@code /api/v1/public/**}. Roles are checked on the controllers.
 */
@Configuration
@EnableMethodSecurity
@EnableJpaAuditing
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfig {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; media-src 'self' blob:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    // Command-line tools run without a web server, hence without HttpSecurity.
    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, UserAccountService accounts,
            ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new SessionCheck(accounts, false), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/public/**").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").access(SecurityConfig::platformAdmin)
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(problems::unauthorized))
                // A page of ours calling the API with its session sends the page's CSRF token (another site's page
                // could ride on the cookie); HTTP Basic and token clients need none (API-CONTRACT). An API client
                // signing in with HTTP Basic gets no session: nothing to keep per call on any node.
                .csrf(c -> c.requireCsrfProtectionMatcher(SecurityConfig::changesWithSession))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain web(HttpSecurity http, UserAccountService accounts) throws Exception {
        http.addFilterBefore(new SessionCheck(accounts, true), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/", "/portal/**", "/d/*", "/login", "/error", "/webjars/**", "/css/**", "/js/**",
                                "/images/**", "/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/*/*.js", "/*/*.css").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/workbench", false).permitAll())
                .logout(l -> l.logoutSuccessUrl("/?logout"))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Every password login goes through the count of failures per account and source. */
    @Bean
    AuthenticationProvider passwordLogin(UserAccountService accounts, PasswordEncoder encoder, LoginThrottle throttle,
                                         Clock clock) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledLogin(passwords, throttle, accounts, new VerifiedPasswords(clock));
    }

    /** A request that changes something, made by a user signed in with a session (a page's, not HTTP Basic). */
    private static boolean changesWithSession(HttpServletRequest request) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return !SAFE_METHODS.contains(request.getMethod()) && signedIn != null && signedIn.isAuthenticated()
                && !(signedIn instanceof AnonymousAuthenticationToken);
    }

    /** The operations endpoints show the whole platform, so they are for platform administrators only. */
    private static AuthorizationResult platformAdmin(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext request) {
        return new AuthorizationDecision(authentication.get().getPrincipal() instanceof CurrentUser.Principal p
                && p.currentUser().isPlatformAdmin());
    }

    /** Argon2id (RFC 9106), tagged so that a later algorithm can replace it as users log in. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2",
                Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    @Bean
    AuditorAware<String> auditor() {
        return () -> java.util.Optional.of(CurrentUser.actor());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

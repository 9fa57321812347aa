package org.sanxiang.evidence;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Until the platform's security and the ledger are merged: two officers with HTTP Basic, no CSRF on the API, and
 * a ledger that records committed entries.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EvidenceTestConfiguration {

    public static final String PASSWORD = "secret-password";

    @Bean
    RecordingLedger ledger() {
        return new RecordingLedger();
    }

    @Bean
    SecurityFilterChain evidenceTestSecurity(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(withDefaults())
                .csrf(c -> c.disable())
                .build();
    }

    @Bean
    UserDetailsService evidenceTestUsers() {
        return new InMemoryUserDetailsManager(
                User.withUsername("officer1").password("{noop}" + PASSWORD).roles("OFFICER").build(),
                User.withUsername("officer2").password("{noop}" + PASSWORD).roles("OFFICER").build(),
                User.withUsername("admin").password("{noop}" + PASSWORD).roles("ADMIN").build());
    }
}

package org.sanxiang.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;


import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Under {@code sanxiang.test.database=postgresql}: one real PostgreSQL server per test JVM, and a fresh
 * database in it for every Spring context, so each context's Flyway migrations start from empty.
 * Otherwise the test profile's in-memory H2 (PostgreSQL mode) is used.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sanxiang.test.database", havingValue = "postgresql")
public class TestDatabase {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource() throws SQLException {
        String name = "sanxiang_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(server().getJdbcUrl("postgres", name));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(12);
        ds.setConnectionTimeout(5_000);
        return ds;
    }

    /** The shared server; for tests that need to reach PostgreSQL directly. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // Our own hook, stopping the server after the Spring contexts have closed: stopped while they
                // close, their pools wait 30 s for a connection each and the fork is killed at exit.
                server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
                EmbeddedPostgres started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        afterSpringsShutdown();
                        started.close();
                    } catch (IOException e) {
                        // the JVM is exiting; nothing left to clean up
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return server;
    }

    /** Waits (a little) for Spring Boot's shutdown hook, which closes every cached application context. */
    private static void afterSpringsShutdown() {
        Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("SpringApplicationShutdownHook"))
                .forEach(t -> {
                    try {
                        t.join(20_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
    }

}

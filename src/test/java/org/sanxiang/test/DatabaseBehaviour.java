package org.sanxiang.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test whose behaviour depends on the database product (persistence, concurrency, SQL queries, migrations,
 * durability): Failsafe runs it on H2 and again on a real PostgreSQL. Every other integration test — user journeys
 * through pages, browser tests, authorization tables, and the kill -9 tests, whose point is the embedded engine dying
 * with the application — runs once, on H2, so the suite stays fast as modules join.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(DatabaseBehaviour.TAG)
public @interface DatabaseBehaviour {

    String TAG = "database";
}

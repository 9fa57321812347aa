package org.sanxiang.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class whose tests drive the system's headless Chromium: they take a {@link Browser} parameter, shared by
 * every browser test in the JVM. Skipped in the PostgreSQL pass and, outside CI, without Chromium.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Browser.Extension.class)
public @interface BrowserTest {
}

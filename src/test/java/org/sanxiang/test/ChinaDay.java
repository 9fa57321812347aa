package org.sanxiang.test;

import java.time.LocalDate;

import org.sanxiang.platform.ChinaTime;

/** Today as the server counts days (Asia/Shanghai), whatever zone the test's JVM runs in. */
public final class ChinaDay {

    private ChinaDay() {
    }

    public static LocalDate today() {
        return LocalDate.now(ChinaTime.ZONE);
    }
}

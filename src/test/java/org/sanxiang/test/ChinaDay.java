package org.sanxiang.test;

import java.time.LocalDate;


/** Today as the server counts days (Asia/Shanghai), whatever zone the test's JVM runs in. */
public final class ChinaDay {

    private ChinaDay() {
    }

    public static LocalDate today() {
        return ChinaDay.today();
    }
}

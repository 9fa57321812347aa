package org.sanxiang.platform;

import java.time.ZoneId;

/**
 * Beijing time: the statutory calendar, time limits, schedules and the dates people type and read are all in it,
 * whatever zone the server runs in. Instants are stored in UTC.
 */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }
}

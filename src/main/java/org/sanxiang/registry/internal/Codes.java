package org.sanxiang.registry.internal;

import java.util.Arrays;
import java.util.List;

/** Multi-valued code columns are stored comma-separated; input may use any of , ， 、 ; ； as separator. */
public final class Codes {

    private Codes() {
    }

    public static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split("[,，、;；]")).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .toList();
    }
}

package org.sanxiang.catalog.internal.item;

import java.util.Arrays;
import java.util.Optional;

/** The circumstance bands of a discretion benchmark (行政处罚法 第三十二、三十三条), lightest first. */
public enum Circumstance {
    NO_PENALTY("不予处罚"), MITIGATED("减轻"), LIGHTER("从轻"), ORDINARY("一般"), HEAVIER("从重");

    private final String zh;

    Circumstance(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    public static Optional<Circumstance> of(String zh) {
        return Arrays.stream(values()).filter(c -> c.zh.equals(zh)).findFirst();
    }
}

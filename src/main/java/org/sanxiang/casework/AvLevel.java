package org.sanxiang.casework;

/**
 * How a procedure step must be recorded on audio/video (音像记录事项清单, seeds 000–004 全过程记录): the whole step
 * on video (FULL), some audio/video or photo record of it (REQUIRED), advised, skipped only with a recorded reason
 * (RECOMMENDED), or not asked (NONE).
 */
public enum AvLevel {
    FULL("全程音像记录", "Whole step on video"),
    REQUIRED("应当音像记录", "Audio/video record required"),
    RECOMMENDED("宜音像记录", "Audio/video record recommended"),
    NONE("文字记录", "Text record");

    private final String zh;
    private final String en;

    AvLevel(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}

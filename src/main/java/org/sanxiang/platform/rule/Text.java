package org.sanxiang.platform.rule;

/** A text in Chinese and in English; as JSON {@code {"zh": "…", "en": "…"}}. */
public record Text(String zh, String en) {

    public Text {
        if (zh == null || zh.isBlank() || en == null || en.isBlank()) {
            throw new IllegalArgumentException("a text needs both Chinese and English");
        }
    }

    /** The text in the reader's language: English for {@code en}, Chinese otherwise. */
    public String forLocale(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }
}

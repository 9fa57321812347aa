package org.sanxiang.document.internal;

import org.sanxiang.platform.rule.Text;

/**
 * 送达方式 (行政处罚法 第六十一条, which refers to 民事诉讼法 第七章第二节): the same names as the casework steps' service
 * field, since a document's service is recorded into its case's step.
 */
public enum ServiceMethod {
    DIRECT("直接送达", "In person"),
    LEFT("留置送达", "Left at the address"),
    POSTAL("邮寄送达", "By post"),
    ELECTRONIC("电子送达", "Electronically"),
    PUBLIC_NOTICE("公告送达", "By public notice");

    /** 民事诉讼法 第九十五条: served thirty days after the notice is published. */
    public static final int PUBLIC_NOTICE_DAYS = 30;

    private final Text name;

    ServiceMethod(String zh, String en) {
        this.name = new Text(zh, en);
    }

    public Text text() {
        return name;
    }
}

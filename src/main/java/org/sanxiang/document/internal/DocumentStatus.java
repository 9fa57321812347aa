package org.sanxiang.document.internal;

import org.sanxiang.platform.rule.Text;

/** Where a document stands: a draft, or issued and then in force, corrected by a later version, or withdrawn. */
public enum DocumentStatus {
    DRAFT("草稿", "Draft"),
    IN_FORCE("有效", "In force"),
    CORRECTED("已更正", "Corrected"),
    WITHDRAWN("已撤回", "Withdrawn");

    private final Text name;

    DocumentStatus(String zh, String en) {
        this.name = new Text(zh, en);
    }

    public Text text() {
        return name;
    }

    public boolean issued() {
        return this != DRAFT;
    }
}

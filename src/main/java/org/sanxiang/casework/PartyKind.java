package org.sanxiang.casework;

/**
 * Who a case is against (当事人). The summary procedure's and the hearing's thresholds differ between a natural
 * person and an organisation (行政处罚法 第五十一、六十三条); a 个体工商户 counts as a natural person for them.
 */
public enum PartyKind {
    /** 自然人 */
    NATURAL_PERSON("自然人", true),
    /** 个体工商户 */
    INDIVIDUAL_BUSINESS("个体工商户", true),
    /** 法人或者其他组织 */
    ORGANISATION("法人或者其他组织", false);

    private final String zh;
    private final boolean naturalPerson;

    PartyKind(String zh, boolean naturalPerson) {
        this.zh = zh;
        this.naturalPerson = naturalPerson;
    }

    public String zh() {
        return zh;
    }

    /** Whether the thresholds for natural persons apply. */
    public boolean naturalPerson() {
        return naturalPerson;
    }
}

package org.sanxiang.document.internal.template;

/**
 * What an agency's documents say of it.
 *
 * @param abbreviation the agency's name in its 文号 (衡市监)
 * @param reviewBody   the body that hears applications for 行政复议 against its decisions (行政复议法 第二十四条)
 * @param court        the 人民法院 that hears lawsuits against them (行政诉讼法 第十八条)
 * @param payment      how a fine is paid: bank, account or e-payment (行政处罚法 第六十七条)
 */
public record AgencySetting(String abbreviation, String reviewBody, String court, String payment) {
}

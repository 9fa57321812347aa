package org.sanxiang.catalog.internal.item;

/**
 * One legal-basis citation: the law, its article and clause, and the article's text, so that the portal shows
 * what the law says and not only where.
 *
 * @param clause {@code null} when the whole article is cited
 */
public record Citation(String law, String article, String clause, String text) {

    /** "中华人民共和国食品安全法 第一百二十四条第一款" */
    public String reference() {
        return law + " " + article + (clause == null ? "" : clause);
    }
}

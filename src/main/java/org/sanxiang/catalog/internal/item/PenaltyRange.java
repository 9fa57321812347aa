package org.sanxiang.catalog.internal.item;

import java.math.BigDecimal;

/**
 * What a band allows: a fine between two amounts in yuan (AMOUNT), a multiple of the goods' value or the illegal
 * gains with an optional floor and cap in yuan (MULTIPLE), or no penalty (NONE).
 *
 * @param of GOODS_VALUE or ILLEGAL_GAINS for a multiple; {@code null} otherwise
 */
public record PenaltyRange(Kind kind, String of, BigDecimal min, BigDecimal max, BigDecimal floor, BigDecimal cap) {

    public enum Kind {
        AMOUNT, MULTIPLE, NONE
    }

    public static PenaltyRange none() {
        return new PenaltyRange(Kind.NONE, null, null, null, null, null);
    }

    /** Two ranges measure the same thing (both amounts, or multiples of the same base), so they can be compared. */
    public boolean comparableWith(PenaltyRange other) {
        return kind != Kind.NONE && kind == other.kind && java.util.Objects.equals(of, other.of);
    }

    /** "5万元至10万元", "货值金额10倍至15倍（不低于5万元）", "不予处罚" */
    public String describe() {
        return switch (kind) {
            case NONE -> "不予处罚";
            case AMOUNT -> yuan(min) + "至" + yuan(max);
            case MULTIPLE -> ("GOODS_VALUE".equals(of) ? "货值金额" : "违法所得") + plain(min) + "倍至" + plain(max) + "倍"
                    + (floor == null && cap == null ? "" : "（" + (floor == null ? "" : "不低于" + yuan(floor))
                            + (floor != null && cap != null ? "，" : "") + (cap == null ? "" : "不高于" + yuan(cap)) + "）");
        };
    }

    private static String yuan(BigDecimal amount) {
        return plain(amount) + "元";
    }

    private static String plain(BigDecimal value) {
        return value == null ? "?" : value.stripTrailingZeros().toPlainString();
    }
}

package org.sanxiang.casework;

import java.util.Arrays;
import java.util.Optional;

/**
 * The legal procedures a case runs through, each an explicit state machine in {@code internal/procedure}. {@link #path()}
 * names it in addresses ({@code /api/v1/public/procedures/{procedure}/flowchart.svg}); {@link #letter()} marks its
 * case numbers.
 */
public enum Procedure {
    /** 行政处罚 普通程序（行政处罚法 第五章第三节） */
    GENERAL_PENALTY("general-penalty", 'P', "行政处罚普通程序", "Administrative penalty, general procedure"),
    /** 行政处罚 简易程序（当场处罚，行政处罚法 第五十一、五十二条） */
    SUMMARY_PENALTY("summary-penalty", 'S', "行政处罚简易程序", "Administrative penalty, summary procedure"),
    /** 行政强制措施：查封、扣押、冻结（行政强制法 第三章） */
    COERCIVE_MEASURE("coercive-measure", 'C', "行政强制措施", "Administrative coercive measure"),
    /** 行政检查 */
    INSPECTION("inspection", 'I', "行政检查", "Administrative inspection");

    private final String path;
    private final char letter;
    private final String zh;
    private final String en;

    Procedure(String path, char letter, String zh, String en) {
        this.path = path;
        this.letter = letter;
        this.zh = zh;
        this.en = en;
    }

    public String path() {
        return path;
    }

    public char letter() {
        return letter;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public static Optional<Procedure> ofPath(String path) {
        return Arrays.stream(values()).filter(p -> p.path.equals(path)).findFirst();
    }
}

package org.sanxiang.casework.internal.flowchart;

import java.util.ArrayList;
import java.util.List;

/**
 * How wide a text is drawn, estimated without a font: a CJK character or a full-width sign takes 1 em, a Latin
 * letter, digit or half-width sign 0.6 em. Generous for Latin, exact for CJK, which is what the charts hold.
 */
final class TextWidth {

    private TextWidth() {
    }

    static double of(String text, double fontSize) {
        double ems = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            ems += text.codePointAt(i) < 0x2E80 && !isFullWidthSign(text.codePointAt(i)) ? 0.6 : 1;
        }
        return ems * fontSize;
    }

    /** Breaks a text into lines no wider than {@code width}: CJK anywhere, Latin at spaces where it can. */
    static List<String> wrap(String text, double fontSize, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lastSpace = -1;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            String c = new String(Character.toChars(text.codePointAt(i)));
            if (line.length() > 0 && of(line + c, fontSize) > width) {
                if (!c.equals(" ") && lastSpace > 0) {
                    lines.add(line.substring(0, lastSpace));
                    line.delete(0, lastSpace + 1);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lastSpace = -1;
                if (c.equals(" ")) {
                    continue;
                }
            }
            if (c.equals(" ")) {
                lastSpace = line.length();
            }
            line.append(c);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Like {@link #wrap}, with the lines made about equally long ("申请人民法" / "院强制执行", not "申请人民法院强" / "制执行"). */
    static List<String> wrapEvenly(String text, double fontSize, double width) {
        int lines = wrap(text, fontSize, width).size();
        return lines == 1 ? List.of(text)
                : wrap(text, fontSize, Math.ceil(of(text, fontSize) / lines / fontSize) * fontSize + 0.01);
    }

    private static boolean isFullWidthSign(int c) {
        // circled numbers, arrows, geometric shapes, the em dash and the ellipsis are as wide as a CJK character
        return c >= 0x2190 && c <= 0x27BF || c == 0x2014 || c == 0x2026;
    }
}

package org.sanxiang.casework.internal.flowchart;

import java.util.Locale;

/** Writes SVG elements with escaped text and coordinates rounded to a tenth, the same bytes for the same chart. */
final class SvgWriter {

    private final StringBuilder out = new StringBuilder();

    /** {@code attributes}: name, value, name, value … */
    SvgWriter open(String element, Object... attributes) {
        out.append('<').append(element);
        attributes(attributes);
        out.append('>');
        return this;
    }

    SvgWriter close(String element) {
        out.append("</").append(element).append(">\n");
        return this;
    }

    SvgWriter empty(String element, Object... attributes) {
        out.append('<').append(element);
        attributes(attributes);
        out.append("/>\n");
        return this;
    }

    SvgWriter text(String text) {
        out.append(escape(text));
        return this;
    }

    /** An element holding only text. */
    SvgWriter element(String element, String text, Object... attributes) {
        return open(element, attributes).text(text).close(element);
    }

    static String number(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private void attributes(Object... attributes) {
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) {
                continue;
            }
            Object value = attributes[i + 1];
            out.append(' ').append(attributes[i]).append("=\"")
                    .append(value instanceof Double d ? number(d) : escape(String.valueOf(value))).append('"');
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

package org.sanxiang.ledger.internal.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The JSON Canonicalization Scheme (JCS, RFC 8785): the one byte sequence a payload hashes to, so that any
 * verifier re-serialising the same facts gets the same leaf hash.
 * <p>
 * Accepts maps with string keys, lists/arrays, strings, numbers, booleans and null. For convenience, enums,
 * {@link UUID}s and {@code java.time} values are written as their {@code toString()} strings (ISO-8601).
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static byte[] bytes(Object value) {
        return string(value).getBytes(StandardCharsets.UTF_8); // RFC 8785 §3.2.4: UTF-8
    }

    public static String string(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof CharSequence s) {
            writeString(s.toString(), out);
        } else if (value instanceof Number n) {
            out.append(number(n));
        } else if (value instanceof Map<?, ?> map) {
            writeObject(map, out);
        } else if (value instanceof Iterable<?> items) {
            writeArray(items, out);
        } else if (value instanceof Object[] items) {
            writeArray(List.of(items), out);
        } else if (value instanceof Enum<?> || value instanceof UUID || value instanceof TemporalAccessor) {
            writeString(value.toString(), out);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static String number(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            return EcmaNumber.format(BigInteger.valueOf(n.longValue()));
        }
        if (n instanceof BigInteger big) {
            return EcmaNumber.format(big);
        }
        if (n instanceof BigDecimal decimal) {
            return EcmaNumber.format(decimal);
        }
        return EcmaNumber.format(n.doubleValue());
    }

    /** RFC 8785 §3.2.3: members sorted by the UTF-16 code units of their names — exactly {@link String#compareTo}. */
    private static void writeObject(Map<?, ?> map, StringBuilder out) {
        List<String> names = new ArrayList<>(map.size());
        for (Object key : map.keySet()) {
            if (!(key instanceof String name)) {
                throw new IllegalArgumentException("JSON object names must be strings: " + key);
            }
            names.add(name);
        }
        names.sort(null);
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeString(names.get(i), out);
            out.append(':');
            write(map.get(names.get(i)), out);
        }
        out.append('}');
    }

    private static void writeArray(Iterable<?> items, StringBuilder out) {
        out.append('[');
        boolean first = true;
        for (Object item : items) {
            if (!first) {
                out.append(',');
            }
            first = false;
            write(item, out);
        }
        out.append(']');
    }

    /**
     * RFC 8785 §3.2.2.2: the two-character escapes of ECMAScript's JSON.stringify for \b \t \n \f \r " \,
     * backslash-u-00XX (lower-case hex) for other controls, every other character as itself.
     */
    private static void writeString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isSurrogate(c) && !validSurrogatePair(s, i)) {
                        // RFC 8785 §3.2.2.2: lone surrogates cannot be encoded in UTF-8 and must be rejected
                        throw new IllegalArgumentException("lone surrogate in string at " + i);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean validSurrogatePair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}

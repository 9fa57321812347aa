package org.sanxiang.ledger.internal.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats an IEEE 754 double exactly as ECMAScript's Number.prototype.toString (ECMA-262 §7.1.12.1,
 * "Number::toString"), which RFC 8785 §3.2.2.3 prescribes for JSON numbers.
 * <p>
 * Java 17's {@link Double#toString} does not always produce the shortest round-tripping digits (JDK-4511638,
 * fixed only in Java 19), so the shortest digit string is searched here with exact {@link BigDecimal}
 * arithmetic: small, slow-ish, and correct; ledger payloads carry few floating-point numbers.
 */
final class EcmaNumber {

    private static final double EXACT_INTEGER_LIMIT = 0x1p53;

    private EcmaNumber() {
    }

    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("RFC 8785 §3.2.2.3: NaN and Infinity are not JSON numbers");
        }
        if (value == 0) {
            return "0"; // also -0 (ECMA-262: "If m is +0 or -0, return "0"")
        }
        if (value == Math.rint(value) && Math.abs(value) < EXACT_INTEGER_LIMIT) {
            return Long.toString((long) value);
        }
        String sign = value < 0 ? "-" : "";
        BigDecimal shortest = shortestDigits(Math.abs(value));
        return sign + layout(shortest.unscaledValue().toString(), shortest.precision() - shortest.scale());
    }

    /**
     * The decimal with the fewest significant digits that parses back to {@code value}; among candidates of
     * that length, the one closest to the exact binary value (ECMA-262 §7.1.12.1 step 5).
     */
    private static BigDecimal shortestDigits(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal candidate = exact.round(new MathContext(digits, mode));
                if (candidate.doubleValue() == value && (best == null || closer(candidate, best, exact))) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best.stripTrailingZeros();
            }
        }
        throw new IllegalStateException("no 17-digit representation of " + value); // impossible for a finite double
    }

    private static boolean closer(BigDecimal a, BigDecimal b, BigDecimal exact) {
        return a.subtract(exact).abs().compareTo(b.subtract(exact).abs()) < 0;
    }

    /**
     * ECMA-262 §7.1.12.1 steps 6–10: digits {@code s} (k of them) times 10^(n−k), written plainly when
     * −6 &lt; n ≤ 21, otherwise in exponent form {@code d.ddde±x}.
     */
    private static String layout(String s, int n) {
        int k = s.length();
        if (k <= n && n <= 21) {
            return s + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return s.substring(0, n) + "." + s.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + s;
        }
        int e = n - 1;
        String exponent = (e < 0 ? "-" : "+") + Math.abs(e);
        return (k == 1 ? s : s.charAt(0) + "." + s.substring(1)) + "e" + exponent;
    }

    /**
     * An integer as a JSON number, refused when a double cannot hold it exactly: RFC 8785 §3.2.2.3 numbers
     * are IEEE 754 doubles, and a ledger must not silently round a fact. Large identifiers belong in strings.
     */
    static String format(BigInteger value) {
        if (value.abs().compareTo(BigInteger.valueOf((long) EXACT_INTEGER_LIMIT)) > 0) {
            throw new IllegalArgumentException("RFC 8785: integer " + value + " exceeds 2^53; send it as a string");
        }
        return value.toString();
    }

    /** A decimal as a JSON number, refused when the double nearest to it is not the same number (see above). */
    static String format(BigDecimal value) {
        double d = value.doubleValue();
        if (Double.isInfinite(d) || new BigDecimal(format(d)).compareTo(value) != 0) {
            throw new IllegalArgumentException("RFC 8785: decimal " + value
                    + " is not exactly representable as an IEEE 754 double; send it as a string");
        }
        return format(d);
    }
}

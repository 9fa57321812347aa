package org.sanxiang.ledger.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalJsonTest {

    @Test
    void theRfc8785SampleIsCanonicalisedByteForByte() {
        // RFC 8785 §3.2.2 (input) and §3.2.3 (output); the numbers are what a JSON parser reads into doubles
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("numbers", List.of(333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001));
        input.put("string", "\u20ac$\u000F\nA'B\"\\\\\"/"); // RFC: the escaped JSON string of §3.2.2, decoded
        input.put("literals", Arrays.asList(null, true, false));

        assertThat(CanonicalJson.string(input)).isEqualTo(
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void objectMembersAreSortedByUtf16CodeUnitsAsInRfc8785() {
        // RFC 8785 §3.2.3 sorting example
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("\u20ac", "Euro Sign");
        input.put("\r", "Carriage Return");
        input.put("\ufb33", "Hebrew Letter Dalet With Dagesh");
        input.put("1", "One");
        input.put("\ud83d\ude00", "Emoji: Grinning Face");
        input.put("\u0080", "Control");
        input.put("\u00f6", "Latin Small Letter O With Diaeresis");

        assertThat(CanonicalJson.string(input)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\","
                + "\"\u0080\":\"Control\",\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\","
                + "\"😀\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    /** RFC 8785 Appendix B: IEEE 754 bit patterns and their ECMAScript serialisation. */
    @ParameterizedTest
    @CsvSource({
        "0000000000000000, 0",
        "8000000000000000, 0",
        "0000000000000001, 5e-324",
        "8000000000000001, -5e-324",
        "7fefffffffffffff, 1.7976931348623157e+308",
        "ffefffffffffffff, -1.7976931348623157e+308",
        "4340000000000000, 9007199254740992",
        "c340000000000000, -9007199254740992",
        "4430000000000000, 295147905179352830000",
        "44b52d02c7e14af5, 9.999999999999997e+22",
        "44b52d02c7e14af6, 1e+23",
        "44b52d02c7e14af7, 1.0000000000000001e+23",
        "444b1ae4d6e2ef4e, 999999999999999700000",
        "444b1ae4d6e2ef4f, 999999999999999900000",
        "444b1ae4d6e2ef50, 1e+21",
        "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
        "3eb0c6f7a0b5ed8d, 0.000001",
        "41b3de4355555553, 333333333.3333332",
        "41b3de4355555554, 333333333.33333325",
        "41b3de4355555555, 333333333.3333333",
        "41b3de4355555556, 333333333.3333334",
        "41b3de4355555557, 333333333.33333343",
        "becbf647612f3696, -0.0000033333333333333333",
        "43143ff3c1cb0959, 1424953923781206.2",
    })
    void numbersAreWrittenAsEcmaScriptWritesThem(String bits, String expected) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
        assertThat(CanonicalJson.string(value)).isEqualTo(expected);
    }

    @Test
    void notANumberAndInfinityAreRefused() {
        assertThatThrownBy(() -> CanonicalJson.string(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.string(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exactIntegersAndDecimalsKeepTheirValue() {
        assertThat(CanonicalJson.string(List.of(42, -7L, 9007199254740992L, new BigDecimal("1234.50"),
                new BigDecimal("100"), new BigDecimal("0.1"))))
                .isEqualTo("[42,-7,9007199254740992,1234.5,100,0.1]");
    }

    @Test
    void numbersADoubleWouldRoundAreRefusedRatherThanSilentlyChanged() {
        assertThatThrownBy(() -> CanonicalJson.string(9007199254740993L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("string");
        assertThatThrownBy(() -> CanonicalJson.string(new BigDecimal("0.12345678901234567890")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void controlCharactersUseLowerCaseUnicodeEscapesAndLoneSurrogatesAreRefused() {
        assertThat(CanonicalJson.string("\u0001\u001f\u007f")).isEqualTo("\"\\u0001\\u001f\u007f\"");
        assertThatThrownBy(() -> CanonicalJson.string("\ud83d")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesAndEnumsAreWrittenAsIsoStrings() {
        assertThat(CanonicalJson.string(Map.of("d", LocalDate.of(2026, 11, 24), "e", Thread.State.NEW)))
                .isEqualTo("{\"d\":\"2026-11-24\",\"e\":\"NEW\"}");
    }

    @Test
    void chineseTextIsWrittenAsUtf8NotEscaped() {
        assertThat(CanonicalJson.bytes(Map.of("案由", "无照经营")))
                .isEqualTo("{\"案由\":\"无照经营\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}

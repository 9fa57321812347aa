package org.sanxiang.registry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence (odd = male),
 * check character by ISO 7064 MOD 11-2.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private ResidentIdNumber() {
    }

    /** Upper-cases a trailing x, which people often type in lower case. */
    public static String normalize(String number) {
        return number == null ? null : number.strip().toUpperCase();
    }

    public static boolean isValid(String number) {
        String n = normalize(number);
        if (n == null || !n.matches("\\d{17}[\\dX]")) {
            return false;
        }
        try {
            LocalDate.parse(n.substring(6, 14), BIRTH);
        } catch (DateTimeParseException e) {
            return false;
        }
        return n.charAt(17) == checkCharacter(n.substring(0, 17));
    }

    /** ISO 7064 MOD 11-2 over the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** Shows the region's first four and the last four characters only: 1101**********002X. */
    public static String mask(String number) {
        String n = normalize(number);
        return n.substring(0, 4) + "*".repeat(n.length() - 8) + n.substring(n.length() - 4);
    }

    /** The 17th digit is odd for men and even for women. */
    public static boolean isMale(String number) {
        return (normalize(number).charAt(16) - '0') % 2 == 1;
    }
}

package org.sanxiang.registry;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set; the 18th is a check character
 * over the first 17 with weights 3^(i-1) mod 31.
 */
public final class UnifiedSocialCreditCode {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        Character check = checkCharacter(code.substring(0, 17));
        return check != null && code.charAt(17) == check;
    }

    /** The check character for the first 17 characters, or {@code null} if one of them is not allowed. */
    public static Character checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARSET.indexOf(first17.charAt(i));
            if (value < 0) {
                return null;
            }
            sum += value * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }
}

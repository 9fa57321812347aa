package org.sanxiang.casework.internal.party;

import java.util.regex.Pattern;

/**
 * A telephone number in China (电信网编号计划): a mobile number of 11 digits beginning with 1 (then 3–9), or a
 * fixed-line number of a 3- or 4-digit area code beginning with 0 and a 7- or 8-digit local number, with an
 * optional extension. Spaces are ignored; a mobile number may be written with +86.
 */
public final class PhoneNumber {

    private static final Pattern MOBILE = Pattern.compile("(\\+?86)?1[3-9]\\d{9}");
    private static final Pattern FIXED = Pattern.compile("0\\d{2,3}-?[2-9]\\d{6,7}(-\\d{1,6})?");

    private PhoneNumber() {
    }

    public static String normalize(String phone) {
        return phone == null ? null : phone.replaceAll("[\\s\u3000]", "");
    }

    public static boolean isValid(String phone) {
        String p = normalize(phone);
        return p != null && (MOBILE.matcher(p).matches() || FIXED.matcher(p).matches());
    }

    /** 138****5678: the operator's prefix and the last four digits. */
    public static String mask(String phone) {
        return Masks.ends(normalize(phone), 3, 4);
    }
}

package org.sanxiang.casework.internal.party;

import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.sanxiang.registry.ResidentIdNumber;

/**
 * The identity document a natural person (or a 个体工商户's operator) is known by, each with the check its number
 * must pass and the mask it is shown with.
 */
public enum IdType {
    /** GB 11643-1999, with its check character. */
    RESIDENT_ID("居民身份证", "Resident identity card", ResidentIdNumber::isValid),
    PASSPORT("护照", "Passport", Pattern.compile("[A-Z0-9]{5,17}").asMatchPredicate()),
    /** 回乡证: H (Hong Kong) or M (Macao) and 8 digits, or 10 on the older cards. */
    HK_MACAO_PERMIT("港澳居民来往内地通行证", "Mainland travel permit for Hong Kong and Macao residents",
            Pattern.compile("[HM]\\d{8}(\\d{2})?").asMatchPredicate()),
    OTHER("其他", "Other", Pattern.compile("[\\p{Alnum}()（）\\-]{2,40}").asMatchPredicate());

    private final String zh;
    private final String en;
    private final Predicate<String> valid;

    IdType(String zh, String en, Predicate<String> valid) {
        this.zh = zh;
        this.en = en;
        this.valid = valid;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** Whether the number, as {@link #normalize}d, is one this document can have. */
    public boolean isValid(String number) {
        return number != null && valid.test(normalize(number));
    }

    /** Upper-cases, as people type a trailing x or a passport's letters in lower case. */
    public static String normalize(String number) {
        return ResidentIdNumber.normalize(number);
    }

    /** A resident ID as the registry shows officers' (1101**********002X); other numbers their ends only. */
    public String mask(String number) {
        String n = normalize(number);
        return this == RESIDENT_ID ? ResidentIdNumber.mask(n) : Masks.ends(n, 1, 2);
    }
}

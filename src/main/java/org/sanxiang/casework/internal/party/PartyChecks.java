package org.sanxiang.casework.internal.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.sanxiang.casework.PartyKind;
import org.sanxiang.registry.UnifiedSocialCreditCode;

/**
 * What a party's record must hold, by kind, each problem named by its field so that a page shows it beside the
 * field: an organisation its 统一社会信用代码 (GB 32100, the registry's check) and legal representative, a
 * 个体工商户 a credit code or registration number and its operator, a natural person an identity document whose
 * number passes its check (GB 11643 for a 居民身份证); phones that are phone numbers; a service address
 * confirmation with its address, recipient and date, and an address for electronic service if consented to.
 */
public final class PartyChecks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** What is wrong with one field, in Chinese and English. */
    public record Problem(String field, String zh, String en) {
    }

    private final List<Problem> problems = new ArrayList<>();
    private final PartyForm form;

    private PartyChecks(PartyForm form) {
        this.form = form;
    }

    /**
     * @param onRecord the fields ({@code idNumber}, {@code electronicAddress}) the party already has a value of,
     *                 which a blank one keeps
     */
    public static List<Problem> of(PartyForm form, Set<String> onRecord) {
        PartyChecks checks = new PartyChecks(form);
        checks.check(onRecord);
        return List.copyOf(checks.problems);
    }

    private void check(Set<String> onRecord) {
        if (form.kind() == null) {
            problem("kind", "请选择当事人类型", "Choose the kind of party");
            return;
        }
        required("name", form.name(), 200);
        switch (form.kind()) {
            case ORGANISATION -> {
                required("creditCode", form.creditCode(), 18);
                required("legalRepresentative", form.legalRepresentative(), 100);
            }
            case INDIVIDUAL_BUSINESS -> {
                if (blank(form.creditCode()) && blank(form.registrationNumber())) {
                    problem("creditCode", "请填写统一社会信用代码或注册号", "Enter the credit code or registration number");
                }
                required("operatorName", form.operatorName(), 100);
            }
            case NATURAL_PERSON -> {
                if (form.idType() == null) {
                    problem("idType", "请选择证件类型", "Choose the identity document");
                }
                if (blank(form.idNumber()) && !onRecord.contains("idNumber")) {
                    problem("idNumber", "请填写证件号码", "Enter the document's number");
                }
            }
        }
        if (!blank(form.creditCode()) && !UnifiedSocialCreditCode.isValid(form.creditCode().strip().toUpperCase())) {
            problem("creditCode", "统一社会信用代码无效（应为 18 位，末位校验码须符合 GB 32100）",
                    "Invalid unified social credit code (18 characters, check character as GB 32100)");
        }
        length("registrationNumber", form.registrationNumber(), 40);
        idNumber();
        length("address", form.address(), 300);
        phone("phone", form.phone());
        serviceAddress(onRecord.contains("electronicAddress"));
    }

    private void idNumber() {
        if (blank(form.idNumber())) {
            return;
        }
        if (form.idType() == null) {
            problem("idType", "请选择证件类型", "Choose the identity document");
        } else if (!form.idType().isValid(form.idNumber())) {
            problem("idNumber", form.idType() == IdType.RESIDENT_ID
                    ? "居民身份证号码无效（应为 18 位，出生日期和末位校验码须符合 GB 11643）"
                    : form.idType().zh() + "号码格式不正确", form.idType() == IdType.RESIDENT_ID
                    ? "Invalid resident ID number (18 characters, birth date and check character as GB 11643)"
                    : "Invalid " + form.idType().en().toLowerCase() + " number");
        }
    }

    // 送达地址确认书: all of it or none of it
    private void serviceAddress(boolean electronicAddressOnRecord) {
        phone("servicePhone", form.servicePhone());
        boolean any = !blank(form.serviceAddress()) || !blank(form.serviceRecipient()) || !blank(form.servicePhone())
                || form.consentsToElectronicService() || form.serviceConfirmedOn() != null;
        if (!any) {
            return;
        }
        required("serviceAddress", form.serviceAddress(), 300);
        required("serviceRecipient", form.serviceRecipient(), 100);
        if (form.serviceConfirmedOn() == null) {
            problem("serviceConfirmedOn", "请填写当事人确认送达地址的日期", "Enter the date the party confirmed it");
        }
        if (form.consentsToElectronicService()) {
            String to = form.electronicAddress();
            if (blank(to) && !electronicAddressOnRecord) {
                problem("electronicAddress", "当事人同意电子送达的，请填写接收的电子邮箱或手机号码",
                        "Enter the e-mail address or mobile number the party consented to be served at");
            } else if (!blank(to) && !EMAIL.matcher(to.strip()).matches() && !PhoneNumber.isValid(to)) {
                problem("electronicAddress", "请填写有效的电子邮箱或手机号码",
                        "Enter a valid e-mail address or mobile number");
            }
            length("electronicAddress", to, 200);
        }
    }

    private void phone(String field, String phone) {
        if (!blank(phone) && !PhoneNumber.isValid(phone)) {
            problem(field, "电话号码格式不正确（手机 11 位，或区号加固定电话号码）",
                    "Invalid phone number (11-digit mobile, or area code and fixed-line number)");
        }
    }

    private void required(String field, String value, int max) {
        if (blank(value)) {
            problem(field, "请填写此项", "This field is required");
        } else {
            length(field, value, max);
        }
    }

    private void length(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problem(field, "不能超过 " + max + " 个字", "At most " + max + " characters");
        }
    }

    private void problem(String field, String zh, String en) {
        if (problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(new Problem(field, zh, en));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** z***@example.cn: the first character and the domain. */
    static String maskEmail(String email) {
        int at = email.indexOf('@');
        return email.charAt(0) + "***" + email.substring(at);
    }

    static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }

    /** A kind of party's credit code as stored. */
    static String creditCode(PartyForm form) {
        return blank(form.creditCode()) || form.kind() == PartyKind.NATURAL_PERSON ? null
                : form.creditCode().strip().toUpperCase();
    }
}

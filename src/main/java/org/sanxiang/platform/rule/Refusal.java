package org.sanxiang.platform.rule;

/**
 * Why a {@link LegalRule} refuses: the rule's name, its legal basis, the HTTP status of the refusal (409 or 422) and
 * the message, which ends with the basis and the rule's name, so that a user can cite both. As JSON (in a
 * problem's {@code refusals} and wherever the API says what is allowed):
 * {@code {"rule","legalBasis","status","messages":{"zh","en"}}}.
 */
public record Refusal(String rule, String legalBasis, int status, Text messages) {

    static Refusal cited(String rule, String legalBasis, int status, String zh, String en) {
        return new Refusal(rule, legalBasis, status, new Text(zh + "（依据：" + legalBasis + "；规则 " + rule + "）",
                en + " (basis: " + legalBasis + "; rule " + rule + ")"));
    }
}

package org.sanxiang.platform;

import java.net.URI;

/**
 * A command refused by a rule of the law or of a seed. The rule's stable name appears in the problem
 * type ({@code urn:sanxiang:rule:<rule>}), in the code that applies it, in its test and in the message, which
 * ends with the legal basis and the rule's name, so a user can cite both.
 */
public class RuleViolationException extends SanxiangException {

    private final String rule;
    private final String legalBasis;

    /**
     * @param status     409 (conflicts with the current state) or 422 (the request itself breaks the rule)
     * @param legalBasis the source: law and article, or seed file, e.g. "行政处罚法 第五十八条"
     */
    public RuleViolationException(String rule, String legalBasis, int status, String zh, String en) {
        super(status, URI.create("urn:sanxiang:rule:" + rule), zh + "（依据：" + legalBasis + "；规则 " + rule + "）",
                en + " (basis: " + legalBasis + "; rule " + rule + ")");
        this.rule = rule;
        this.legalBasis = legalBasis;
    }

    public String rule() {
        return rule;
    }

    public String legalBasis() {
        return legalBasis;
    }
}

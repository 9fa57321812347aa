package org.sanxiang.platform;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.platform.rule.RuleSet;

/**
 * A command refused by one or more rules of the law or of a seed ({@link RuleSet#require}). The first refusal
 * gives the status and the problem type ({@code urn:sanxiang:rule:<rule>}); the problem's {@code refusals} lists
 * every one, and the message joins them, each ending with its legal basis and rule name, so a user can cite both.
 */
public class RuleViolationException extends SanxiangException {

    private final List<Refusal> refusals;

    public RuleViolationException(List<Refusal> refusals) {
        super(refusals.get(0).status(), URI.create("urn:sanxiang:rule:" + refusals.get(0).rule()),
                refusals.stream().map(r -> r.messages().zh()).collect(Collectors.joining("；")),
                refusals.stream().map(r -> r.messages().en()).collect(Collectors.joining("; ")));
        this.refusals = List.copyOf(refusals);
    }

    public RuleViolationException(Refusal refusal) {
        this(List.of(refusal));
    }

    /** The first refusal's rule. */
    public String rule() {
        return refusals.get(0).rule();
    }

    /** The first refusal's legal basis. */
    public String legalBasis() {
        return refusals.get(0).legalBasis();
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}

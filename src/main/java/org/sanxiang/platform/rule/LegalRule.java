package org.sanxiang.platform.rule;

import java.util.Optional;

/**
 * A rule of the law or of a seed that refuses a command. One small type per rule, named after the rule, a bean
 * (so the {@link RuleCatalogue} lists it and the commands it {@linkplain #appliesTo() applies to} apply it), with
 * a pure {@link #check} over a facts record that the command builds:
 *
 * <pre>{@code
 * // 暂扣 may be lifted; 吊销 and 注销 are final: a new credential is issued instead
 * @Component
 * public class CredentialFinalStatus extends LegalRule<StatusChangeRequest> {
 *
 *     public CredentialFinalStatus() {
 *         super("credential-final-status", "各省行政执法证件管理办法（…）", CONFLICT,
 *                 "已吊销或注销的执法证不能再变更状态，须换发新证", "A revoked or cancelled credential never changes …",
 *                 StatusChangeRequest.COMMAND);
 *     }
 *
 *     @Override
 *     public Optional<Refusal> check(StatusChangeRequest facts) {
 *         return FINAL.contains(facts.from()) ? refuse("已吊销或注销的执法证不能再变更状态，请换发新证", "…") : allowed();
 *     }
 * }
 * }</pre>
 *
 * A command applies its {@link RuleSet} and is refused with every refusal at once; a page asks the same rule set
 * which actions are allowed, and offers only those. A rule with numbers the seeds differ on declares them with
 * {@link #parameter}. A province's extra rule is one such type plus one line of configuration: annotate it with
 * {@code @ConditionalOnProperty("sanxiang.rules.<name>.enabled")} and set that property where it applies.
 *
 * @param <F> the facts the rule looks at: a record of plain values, no repositories, no clock
 */
public abstract non-sealed class LegalRule<F> extends LegalNorm {

    /** The command conflicts with the current state of things (the credential is revoked, the review not passed). */
    public static final int CONFLICT = 409;
    /** The request itself breaks the rule, whatever the state (a status no one may set, a date out of range). */
    public static final int UNPROCESSABLE = 422;

    private final int status;

    /**
     * @param status     {@link #CONFLICT} or {@link #UNPROCESSABLE}: the HTTP status of a refusal
     * @param zh         the rule as a statement, in Chinese
     * @param appliesTo  the commands that apply it
     */
    protected LegalRule(String name, String legalBasis, int status, String zh, String en, String... appliesTo) {
        super(name, legalBasis, new Text(zh, en), appliesTo);
        if (status != CONFLICT && status != UNPROCESSABLE) {
            throw new IllegalArgumentException("a refusal is 409 or 422: " + name);
        }
        this.status = status;
    }

    /** Empty when the facts allow the command; otherwise why not. */
    public abstract Optional<Refusal> check(F facts);

    public final int status() {
        return status;
    }

    @Override
    public final Kind kind() {
        return Kind.RULE;
    }

    protected final Optional<Refusal> allowed() {
        return Optional.empty();
    }

    /** A refusal with this rule's name, basis and status; the basis and the name are appended to the message. */
    protected final Optional<Refusal> refuse(String zh, String en) {
        return Optional.of(Refusal.cited(name(), legalBasis(), status, zh, en));
    }
}

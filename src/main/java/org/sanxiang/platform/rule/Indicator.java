package org.sanxiang.platform.rule;

import java.util.Optional;

/**
 * A measure the law or a seed sets a mark for, which flags and never refuses: an agency with too few legal
 * reviewers is told so on the workbench, and may still record its cases. Shaped like a {@link LegalRule}: one
 * small bean per indicator, named after it, with its basis, parameters and a pure {@link #check}; the catalogue
 * lists it as an indicator.
 *
 * @param <F> the facts it measures
 */
public abstract non-sealed class Indicator<F> extends LegalNorm {

    protected Indicator(String name, String legalBasis, String zh, String en, String... appliesTo) {
        super(name, legalBasis, new Text(zh, en), appliesTo);
    }

    /** Empty when the mark is met (or cannot be measured yet); otherwise the flag. */
    public abstract Optional<Flag> check(F facts);

    @Override
    public final Kind kind() {
        return Kind.INDICATOR;
    }

    protected final Optional<Flag> met() {
        return Optional.empty();
    }

    protected final Optional<Flag> flag(String zh, String en) {
        return Optional.of(new Flag(name(), legalBasis(), new Text(zh + "（依据：" + legalBasis() + "）",
                en + " (basis: " + legalBasis() + ")")));
    }
}

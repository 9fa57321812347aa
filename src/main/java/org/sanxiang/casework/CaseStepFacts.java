package org.sanxiang.casework;

import java.time.LocalDate;
import java.util.Set;

/**
 * Facts another module adds to a step of a case, for its rule on that step: the legal review tells its rule on
 * {@code decide} and {@code approve-measure} where the case's review stands. Casework gathers them with the case's own facts, so the rule stays
 * a pure check ({@link CaseStep#contributed}) and a page that asks which steps are allowed sees the same refusal.
 *
 * @param <T> the record the rule reads
 */
public interface CaseStepFacts<T> {

    /** The transitions whose rules read these facts. */
    Set<String> transitions();

    Class<T> type();

    T of(CaseFacts kase, LocalDate today);
}

package org.sanxiang.casework;

import java.time.LocalDate;

/**
 * Facts another module adds to a step of a case, for its rule on that step: the legal review tells its rule on
 * {@code decide} where the case's review stands. Casework gathers them with the case's own facts, so the rule stays
 * a pure check ({@link CaseStep#contributed}) and a page that asks which steps are allowed sees the same refusal.
 *
 * @param <T> the record the rule reads
 */
public interface CaseStepFacts<T> {

    /** The transition whose rules read these facts. */
    String transition();

    Class<T> type();

    T of(CaseFacts kase, LocalDate today);
}

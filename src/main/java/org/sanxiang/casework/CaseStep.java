package org.sanxiang.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.platform.CurrentUser;

/**
 * One step asked of a case: the facts every casework rule looks at ({@code LegalRule<CaseStep>}). The step is a
 * transition of the case's procedure, named as in the API ({@code POST /api/v1/cases/{id}/transitions/{name}});
 * its rules are those whose {@code appliesTo} names {@link #command(String) case.<transition>}, so another module
 * plugs a rule into a step by naming it (the legal review into {@code case.decide}).
 *
 * @param state the case's state before the step; {@link #START} for a step that opens a case
 * @param input        the step's record as its field schema read it
 * @param actorOfficer the officer linked to the actor's account, {@code null} when none is
 * @param contributed  what other modules add for their rules on this step, by type ({@link CaseStepFacts})
 */
public record CaseStep(String transition, Procedure procedure, String state, CaseFacts kase, StepValues input,
        CurrentUser actor, Long actorOfficer, LocalDate today, Instant now, Map<Class<?>, Object> contributed) {

    /** A step no other module adds facts to. */
    public CaseStep(String transition, Procedure procedure, String state, CaseFacts kase, StepValues input,
            CurrentUser actor, Long actorOfficer, LocalDate today, Instant now) {
        this(transition, procedure, state, kase, input, actor, actorOfficer, today, now, Map.of());
    }

    /** The facts of this type another module added, empty when none did. */
    public <T> Optional<T> contributed(Class<T> type) {
        return Optional.ofNullable(contributed.get(type)).map(type::cast);
    }

    /** The state before a case's first step. */
    public static final String START = "start";

    /** The command of a transition, as rules name it in {@code appliesTo}. */
    public static String command(String transition) {
        return "case." + transition;
    }

    /** A value of the step's record, or else of the case's facts so far. */
    public StepValues facts() {
        return kase.data().with(input.values());
    }
}

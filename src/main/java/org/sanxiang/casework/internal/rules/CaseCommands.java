package org.sanxiang.casework.internal.rules;

import java.util.Arrays;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.casework.internal.procedure.Procedures;

/** The commands casework rules apply to: {@code case.<transition>}. */
final class CaseCommands {

    /** Every step of every procedure. */
    static final String[] ALL = Procedures.transitionNames().stream().map(CaseStep::command).toArray(String[]::new);

    private CaseCommands() {
    }

    static String[] of(String... transitions) {
        return Arrays.stream(transitions).map(CaseStep::command).toArray(String[]::new);
    }
}

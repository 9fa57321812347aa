package org.sanxiang.casework.internal.procedure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.casework.Procedure;

/**
 * A procedure as an explicit state machine: its states in the order of the law and its transitions. What the code
 * enforces, the flowchart draws and the API lists come from this one definition.
 */
public final class ProcedureDefinition {

    private final Procedure procedure;
    private final Map<String, State> states = new LinkedHashMap<>();
    private final Map<String, Transition> transitions = new LinkedHashMap<>();
    private final Map<String, Field.Type> factTypes = new LinkedHashMap<>();

    /**
     * Facts the command computes for a step rather than the user typing them (CaseService): the benchmark band a
     * report resolved, the end of a reminder's period, the earliest day of a hearing.
     */
    static final Map<String, Field.Type> DERIVED = Map.of("violationName", Field.Type.TEXT, "bandText",
            Field.Type.TEXT, "bandMin", Field.Type.AMOUNT, "bandMax", Field.Type.AMOUNT, "reminderPeriodEnds",
            Field.Type.DATE, "hearingEarliestOn", Field.Type.DATE);

    ProcedureDefinition(Procedure procedure, List<State> states, List<Transition.Builder> steps) {
        List<Transition> transitions = steps.stream().map(Transition.Builder::build).toList();
        this.procedure = procedure;
        states.forEach(s -> this.states.put(s.name(), s));
        DERIVED.forEach(this::typed);
        for (Transition t : transitions) {
            if (!t.stays() && !this.states.containsKey(t.to()) || t.from().stream().anyMatch(f -> !f.equals(
                    org.sanxiang.casework.CaseStep.START) && !this.states.containsKey(f))) {
                throw new IllegalStateException(procedure + ": transition " + t.name() + " names an unknown state");
            }
            if (this.transitions.put(t.name(), t) != null) {
                throw new IllegalStateException(procedure + ": two transitions named " + t.name());
            }
            t.fields().forEach(f -> typed(f.name(), f.type()));
            t.stamps().forEach(stamp -> typed(stamp, Field.Type.DATE));
        }
    }

    // a fact keeps one type across the steps that record it, so that the case's facts read back as written
    private void typed(String fact, Field.Type type) {
        Field.Type earlier = factTypes.putIfAbsent(fact, type);
        if (earlier != null && earlier != type) {
            throw new IllegalStateException(procedure + ": fact " + fact + " is both " + earlier + " and " + type);
        }
    }

    /** The type of a fact the steps record, or of a stamp (a date). */
    public Optional<Field.Type> factType(String fact) {
        return Optional.ofNullable(factTypes.get(fact));
    }

    public Procedure procedure() {
        return procedure;
    }

    public List<State> states() {
        return List.copyOf(states.values());
    }

    public State state(String name) {
        State state = states.get(name);
        if (state == null) {
            throw new IllegalArgumentException(procedure + " has no state " + name);
        }
        return state;
    }

    public List<Transition> transitions() {
        return List.copyOf(transitions.values());
    }

    public Optional<Transition> transition(String name) {
        return Optional.ofNullable(transitions.get(name));
    }

    /** The transitions that open a case of this procedure. */
    public List<Transition> openings() {
        return transitions.values().stream().filter(Transition::opensCase).toList();
    }

    /** The transitions that may be taken from this state (the rules then say whether they are allowed now). */
    public List<Transition> from(String state) {
        return transitions.values().stream().filter(t -> t.from().contains(state)).toList();
    }
}

package org.sanxiang.casework.internal.portal;

import java.util.List;

import org.sanxiang.casework.AvLevel;
import org.sanxiang.casework.internal.procedure.Field;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.rule.Text;

/**
 * A procedure as the public reads it ({@code GET /api/v1/public/procedures}, the portal's pages): its states, and
 * its steps with who takes them, the record each needs, the audio/video level, the rules that guard it, its legal
 * basis and time limit. Step numbers are those of the flowchart.
 *
 * @param flowchart the address of its diagram
 */
public record ProcedureGuide(String path, Text name, String flowchart, List<StateEntry> states,
        List<Step> transitions) {

    public record StateEntry(String name, Text title, boolean terminal) {
    }

    /**
     * @param from  the states it may be taken from ({@code start} for a step that opens a case), in the law's order
     * @param to    the state it leads to; {@code null} for a record made along the way ({@code stays})
     * @param limit {@code null} when the law sets no time limit for the step
     */
    public record Step(int number, String name, Text title, List<String> from, String to, boolean stays,
            List<Role> roles, List<Field> fields, AvLevel avLevel, List<Guard> rules, String legalBasis, Text limit) {
    }

    /** A rule that guards the step: its name in {@code urn:sanxiang:rule:<name>}, the rule, its source. */
    public record Guard(String name, Text title, String legalBasis) {
    }

    /** The state's title, or the start's. */
    public Text title(String state) {
        return states.stream().filter(s -> s.name().equals(state)).map(StateEntry::title).findFirst()
                .orElse(START);
    }

    static final Text START = new Text("开始", "Start");
}

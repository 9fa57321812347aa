package org.sanxiang.casework.internal.procedure;

import java.util.List;
import java.util.Set;

import org.sanxiang.casework.AvLevel;
import org.sanxiang.platform.Role;

/**
 * A step of a procedure: from which states it may be taken (a step that opens a case starts from
 * {@link org.sanxiang.casework.CaseStep#START}), the state it leads to (the same state for a record made along the
 * way, such as an inquiry), who takes it, the fields of its record, the facts it stamps with the day it is taken
 * (e.g. {@code filedOn}), and the audio/video level the seeds give it by default (each agency's 音像记录事项清单
 * may set another).
 *
 * @param roles the roles any one of which may take the step
 */
public record Transition(String name, String zh, String en, Set<String> from, String to, Set<Role> roles,
        List<Field> fields, List<String> stamps, AvLevel avLevel) {

    public Transition {
        from = Set.copyOf(from);
        roles = Set.copyOf(roles);
        fields = List.copyOf(fields);
        stamps = List.copyOf(stamps);
    }

    /** {@link #to()} of a record made along the way: the case stays in the state it is in. */
    public static final String STAYS = "=";

    public boolean opensCase() {
        return from.contains(org.sanxiang.casework.CaseStep.START);
    }

    /** Whether the step is a record made along the way, leaving the case in its state. */
    public boolean stays() {
        return STAYS.equals(to);
    }

    /** The state the step leads to from {@code state}. */
    public String target(String state) {
        return stays() ? state : to;
    }

    static Builder step(String name, String zh, String en) {
        return new Builder(name, zh, en);
    }

    /** How the procedures write their steps: {@code step(…).from(…).to(…).by(…).fields(…)}. */
    static final class Builder {
        private final String name;
        private final String zh;
        private final String en;
        private Set<String> from = Set.of();
        private String to = STAYS;
        private Set<Role> roles = Set.of(Role.OFFICER);
        private List<Field> fields = List.of();
        private List<String> stamps = List.of();
        private AvLevel avLevel = AvLevel.NONE;

        private Builder(String name, String zh, String en) {
            this.name = name;
            this.zh = zh;
            this.en = en;
        }

        Builder from(String... states) {
            this.from = Set.of(states);
            return this;
        }

        Builder to(String state) {
            this.to = state;
            return this;
        }

        Builder by(Role... roles) {
            this.roles = Set.of(roles);
            return this;
        }

        Builder fields(Field... fields) {
            this.fields = List.of(fields);
            return this;
        }

        Builder stamps(String... facts) {
            this.stamps = List.of(facts);
            return this;
        }

        Builder av(AvLevel level) {
            this.avLevel = level;
            return this;
        }

        Transition build() {
            return new Transition(name, zh, en, from, to, roles, fields, stamps, avLevel);
        }
    }
}

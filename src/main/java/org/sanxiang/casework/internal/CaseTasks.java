package org.sanxiang.casework.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.internal.procedure.Procedures;
import org.sanxiang.casework.internal.procedure.State;
import org.sanxiang.casework.internal.procedure.Transition;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.WorkbenchPanel;
import org.springframework.stereotype.Component;

/**
 * 待办: the open cases an officer handles, and for a head the cases waiting for a step that is a head's alone
 * (approving a filing, reviewing, deciding) and that the rules allow now, each with its nearest time limit. Also the
 * workbench panel that counts them.
 */
@Component
class CaseTasks implements WorkbenchPanel {

    // how many of a user's own open cases 待办 lists, and how many cases waiting in a state with a step of a head's
    // (each is asked of its rules) are looked at, the most recently opened first
    static final int LOOKED_AT = 100;
    private static final Set<Role> HEADS = Set.of(Role.UNIT_HEAD, Role.AGENCY_HEAD);
    private static final Map<Procedure, Set<String>> OPEN_STATES = openStates();

    private final CaseService cases;
    private final CaseQueries queries;

    CaseTasks(CaseService cases, CaseQueries queries) {
        this.cases = cases;
        this.queries = queries;
    }

    /** A case to act on, and the steps waiting for this user (empty for a case she handles). */
    record Task(CaseView.Summary kase, List<Transition> steps) {
    }

    record Tasks(List<Task> mine, List<Task> approvals) {

        int count() {
            return mine.size() + approvals.size();
        }
    }

    Tasks of(CurrentUser user) {
        LocalDate today = cases.today();
        List<Task> mine = queries.inStates(user, OPEN_STATES, true, LOOKED_AT).stream()
                .map(kase -> new Task(CaseView.Summary.of(kase, today), List.of())).toList();
        List<Task> approvals = HEADS.stream().noneMatch(user::has) ? List.of()
                : queries.inStates(user, statesWithAStepOfHers(user), false, LOOKED_AT).stream()
                        .map(kase -> new Task(CaseView.Summary.of(kase, today), cases.options(user, kase).stream()
                                .filter(CaseService.Option::allowed).map(CaseService.Option::step)
                                .filter(step -> headsOnly(step, user)).toList()))
                        .filter(task -> !task.steps().isEmpty()).toList();
        return new Tasks(byDue(mine), byDue(approvals));
    }

    private static Map<Procedure, Set<String>> openStates() {
        Map<Procedure, Set<String>> states = new EnumMap<>(Procedure.class);
        for (Procedure procedure : Procedure.values()) {
            states.put(procedure, Procedures.of(procedure).states().stream().filter(state -> !state.terminal())
                    .map(State::name).collect(Collectors.toSet()));
        }
        return states;
    }

    // the states of each procedure from which a step that is a head's alone leads (the state machine says which)
    private static Map<Procedure, Set<String>> statesWithAStepOfHers(CurrentUser user) {
        Map<Procedure, Set<String>> states = new EnumMap<>(Procedure.class);
        for (Procedure procedure : Procedure.values()) {
            states.put(procedure, Procedures.of(procedure).transitions().stream()
                    .filter(step -> !step.opensCase() && headsOnly(step, user))
                    .flatMap(step -> step.from().stream()).collect(Collectors.toSet()));
        }
        return states;
    }

    private static boolean headsOnly(Transition step, CurrentUser user) {
        return !step.roles().contains(Role.OFFICER) && step.roles().stream().anyMatch(user::has);
    }

    private static List<Task> byDue(List<Task> tasks) {
        return tasks.stream().sorted(Comparator.comparing((Task t) -> t.kase().nextDue(),
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    @Override
    public String template() {
        return "casework/panels";
    }

    @Override
    public String fragment() {
        return "tasks";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<?> model(CurrentUser user) {
        if (user.agencyId() == null || !CasePages.ENFORCEMENT.stream().anyMatch(user::has)) {
            return Optional.empty();
        }
        Tasks tasks = of(user);
        return Optional.of(new Panel(tasks.count(), tasks.mine().stream().filter(t -> t.kase().overdue()).count()
                + tasks.approvals().stream().filter(t -> t.kase().overdue()).count()));
    }

    record Panel(int count, long overdue) {
    }
}

package org.sanxiang.casework.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.casework.internal.enforcementcase.EnforcementCase;
import org.sanxiang.casework.internal.procedure.Procedures;
import org.sanxiang.casework.internal.procedure.Transition;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.WorkbenchPanel;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * 待办: the open cases an officer handles, and for a head the cases waiting for a step that is a head's alone
 * (approving a filing, reviewing, deciding) and that the rules allow now, each with its nearest time limit. Also the
 * workbench panel that counts them.
 */
@Component
class CaseTasks implements WorkbenchPanel {

    // how many of the newest open cases a head's approvals are looked for in (each is asked of its rules)
    static final int LOOKED_AT = 100;
    private static final Set<Role> HEADS = Set.of(Role.UNIT_HEAD, Role.AGENCY_HEAD);

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
        List<Task> mine = open(user, new CaseQueries.Filter(null, null, null, null, null, null, null, null, null,
                null, true), today).map(kase -> new Task(CaseView.Summary.of(kase, today), List.of())).toList();
        List<Task> approvals = HEADS.stream().noneMatch(user::has) ? List.of()
                : open(user, CaseQueries.Filter.none(), today).map(kase -> new Task(CaseView.Summary.of(kase, today),
                        cases.options(user, kase).stream().filter(CaseService.Option::allowed)
                                .map(CaseService.Option::step).filter(step -> headsOnly(step, user)).toList()))
                        .filter(task -> !task.steps().isEmpty()).toList();
        return new Tasks(byDue(mine), byDue(approvals));
    }

    private java.util.stream.Stream<EnforcementCase> open(CurrentUser user, CaseQueries.Filter filter,
            LocalDate today) {
        return queries.list(user, filter, today, PageRequest.of(0, LOOKED_AT)).getContent().stream()
                .filter(kase -> !Procedures.of(kase.getProcedure()).state(kase.getState()).terminal());
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

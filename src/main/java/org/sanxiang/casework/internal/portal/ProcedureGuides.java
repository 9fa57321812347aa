package org.sanxiang.casework.internal.portal;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.internal.flowchart.FlowchartSvg;
import org.sanxiang.casework.internal.procedure.ProcedureDefinition;
import org.sanxiang.casework.internal.procedure.Procedures;
import org.sanxiang.casework.internal.procedure.State;
import org.sanxiang.casework.internal.procedure.Transition;
import org.sanxiang.casework.internal.rules.CaseRules;
import org.sanxiang.platform.NotFoundException;
import org.sanxiang.platform.rule.Text;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * Each procedure's public guide and 执法流程图, made once from the state machine and the rules in the catalogue
 * (both fixed once the application has started), so the diagram shows what the code enforces.
 */
@Component
class ProcedureGuides {

    private final Map<Procedure, ProcedureGuide> guides = new EnumMap<>(Procedure.class);
    private final Map<Procedure, String> charts = new EnumMap<>(Procedure.class);
    private final Map<Procedure, String> diagrams = new EnumMap<>(Procedure.class);

    ProcedureGuides(CaseRules rules, MessageSource messages) {
        MessageSourceAccessor chinese = new MessageSourceAccessor(messages, Locale.SIMPLIFIED_CHINESE);
        for (ProcedureDefinition definition : Procedures.all()) {
            Map<String, List<ProcedureGuide.Guard>> guards = new LinkedHashMap<>();
            for (Transition t : definition.transitions()) {
                guards.put(t.name(), rules.of(t.name()).stream()
                        .map(r -> new ProcedureGuide.Guard(r.name(), r.title(), r.legalBasis())).toList());
            }
            Map<String, List<String>> names = new LinkedHashMap<>();
            guards.forEach((t, list) -> names.put(t, list.stream().map(ProcedureGuide.Guard::name).toList()));
            guides.put(definition.procedure(), guide(definition, guards));
            charts.put(definition.procedure(), FlowchartSvg.render(definition, names, chinese));
            diagrams.put(definition.procedure(), FlowchartSvg.diagram(definition, chinese));
        }
    }

    List<ProcedureGuide> all() {
        return List.copyOf(guides.values());
    }

    Procedure procedure(String path) {
        return Procedure.ofPath(path).orElseThrow(() -> new NotFoundException("没有该执法程序：" + path,
                "No such procedure: " + path));
    }

    ProcedureGuide guide(Procedure procedure) {
        return guides.get(procedure);
    }

    /** The chart with its legend: who takes each step, its audio/video level, its rules. */
    String flowchart(Procedure procedure) {
        return charts.get(procedure);
    }

    /** The chart alone, for the portal's page, whose table gives the legend. */
    String diagram(Procedure procedure) {
        return diagrams.get(procedure);
    }

    private static ProcedureGuide guide(ProcedureDefinition definition, Map<String, List<ProcedureGuide.Guard>> guards) {
        Procedure procedure = definition.procedure();
        Map<String, Integer> order = new LinkedHashMap<>();
        order.put(CaseStep.START, -1);
        definition.states().forEach(s -> order.put(s.name(), order.size() - 1));
        List<Transition> transitions = definition.transitions();
        List<ProcedureGuide.Step> steps = transitions.stream().map(t -> {
            StepLaw law = StepLaw.of(procedure, t.name()).orElse(new StepLaw(null, null));
            return new ProcedureGuide.Step(transitions.indexOf(t) + 1, t.name(), new Text(t.zh(), t.en()),
                    t.from().stream().sorted(Comparator.comparing(order::get)).toList(), t.stays() ? null : t.to(),
                    t.stays(), t.roles().stream().sorted().toList(), t.fields(), t.avLevel(), guards.get(t.name()),
                    law.basis(), law.limit());
        }).toList();
        return new ProcedureGuide(procedure.path(), new Text(procedure.zh(), procedure.en()),
                "/api/v1/public/procedures/" + procedure.path() + "/flowchart.svg", definition.states().stream()
                        .map(ProcedureGuides::entry).toList(), steps);
    }

    private static ProcedureGuide.StateEntry entry(State s) {
        return new ProcedureGuide.StateEntry(s.name(), new Text(s.zh(), s.en()), s.terminal());
    }
}

package org.sanxiang.casework.internal.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.sanxiang.casework.AvLevel;
import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.internal.avpolicy.AvPolicy;
import org.sanxiang.casework.internal.procedure.Procedures;
import org.sanxiang.casework.internal.procedure.Transition;
import org.sanxiang.platform.AgencyDirectory;
import org.sanxiang.platform.MenuItem;
import org.sanxiang.platform.NotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's 执法流程图 (each procedure's diagram with its steps as a table, the diagram's text equivalent) and the
 * 音像记录事项清单 (each step's audio/video level, the defaults or one agency's), linked from 事前公开.
 */
@Controller
@RequestMapping("/portal/procedures")
class ProcedurePortalPages {

    /** One procedure's part of the 音像记录事项清单: each step with its level. */
    record AvList(ProcedureGuide guide, List<AvEntry> entries) {
    }

    record AvEntry(ProcedureGuide.Step step, AvLevel level) {
    }

    private final ProcedureGuides guides;
    private final AvPolicy avPolicy;
    private final AgencyDirectory agencies;

    ProcedurePortalPages(ProcedureGuides guides, AvPolicy avPolicy, AgencyDirectory agencies) {
        this.guides = guides;
        this.avPolicy = avPolicy;
        this.agencies = agencies;
    }

    @Bean
    static MenuItem proceduresMenuItem() {
        return new MenuItem(MenuItem.Face.PORTAL, "casework.portal.menu", "/portal/procedures", 16, Set.of());
    }

    @GetMapping
    String procedures(Model model) {
        model.addAttribute("guides", guides.all());
        return "casework/portal-procedures";
    }

    @GetMapping("/av-list")
    String avList(@RequestParam(required = false) Long agency, Model model) {
        List<AgencyDirectory.Agency> all = agencies.all().stream()
                .sorted(Comparator.comparing(AgencyDirectory.Agency::name)).toList();
        AgencyDirectory.Agency chosen = agency == null ? null : all.stream().filter(a -> a.id() == agency)
                .findFirst().orElseThrow(() -> new NotFoundException("没有该执法主体", "No such agency"));
        List<AvList> lists = new ArrayList<>();
        for (ProcedureGuide guide : guides.all()) {
            Procedure procedure = guides.procedure(guide.path());
            List<AvEntry> entries = new ArrayList<>();
            for (ProcedureGuide.Step step : guide.transitions()) {
                Transition t = Procedures.of(procedure).transition(step.name()).orElseThrow();
                AvLevel level = chosen == null ? t.avLevel() : avPolicy.level(chosen.id(), procedure, t);
                // the list names what must or should be filmed; every other step has its text record
                if (level != AvLevel.NONE) {
                    entries.add(new AvEntry(step, level));
                }
            }
            lists.add(new AvList(guide, entries));
        }
        model.addAttribute("lists", lists);
        model.addAttribute("agencies", all);
        model.addAttribute("agency", chosen);
        model.addAttribute("levels", AvLevel.values());
        return "casework/portal-av-list";
    }

    @GetMapping("/{procedure}")
    String procedure(@PathVariable String procedure, Model model) {
        Procedure p = guides.procedure(procedure);
        model.addAttribute("guide", guides.guide(p));
        model.addAttribute("flowchart", guides.diagram(p));
        return "casework/portal-procedure";
    }
}

package org.sanxiang.casework.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sanxiang.casework.AvLevel;
import org.sanxiang.casework.CasePanel;
import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.internal.enforcementcase.EnforcementCase;
import org.sanxiang.casework.internal.party.PartyService;
import org.sanxiang.casework.internal.procedure.ProcedureDefinition;
import org.sanxiang.casework.internal.procedure.Procedures;
import org.sanxiang.casework.internal.procedure.Transition;
import org.sanxiang.evidence.EvidenceKind;
import org.sanxiang.platform.ChinaTime;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.MenuItem;
import org.sanxiang.platform.PageCommand;
import org.sanxiang.platform.PageResult;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.TableExport;
import org.sanxiang.registry.AccountOfficer;
import org.sanxiang.registry.AgencyDomains;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The casework workbench: 待办, the case list (filtered, counted, exported), a new case of a procedure, and a case's
 * page with its deadlines, timeline, evidence and the steps it may take next, each a form made from the step's
 * fields or, when its rules refuse, a disabled button with their reasons.
 */
@Controller
@RequestMapping("/workbench/cases")
@PreAuthorize(CaseApi.READERS)
class CasePages {

    static final Set<Role> ENFORCEMENT = Set.of(Role.OFFICER, Role.UNIT_HEAD, Role.AGENCY_HEAD, Role.LEGAL_REVIEWER,
            Role.SUPERVISOR);
    private static final int PAGE_SIZE = 20;
    private static final int PARTY_CHOICES = 500;

    private final CaseService cases;
    private final CaseQueries queries;
    private final CaseTasks tasks;
    private final AccountOfficer accounts;
    private final MessageSource messages;
    private final MissedDeadlines missed;
    private final PartyService parties;
    private final AgencyDomains domains;
    private final List<CasePanel> panels;

    CasePages(CaseService cases, CaseQueries queries, CaseTasks tasks, AccountOfficer accounts,
            MessageSource messages, MissedDeadlines missed, PartyService parties, AgencyDomains domains,
            List<CasePanel> panels) {
        this.cases = cases;
        this.queries = queries;
        this.tasks = tasks;
        this.accounts = accounts;
        this.messages = messages;
        this.missed = missed;
        this.parties = parties;
        this.panels = panels.stream().sorted(java.util.Comparator.comparingInt(CasePanel::order)).toList();
        this.domains = domains;
    }

    @Bean
    static MenuItem casesTasksMenuItem() {
        return new MenuItem(MenuItem.Face.WORKBENCH, "casework.tasks.menu", "/workbench/cases/tasks", 20, ENFORCEMENT);
    }

    @Bean
    static MenuItem casesMenuItem() {
        return new MenuItem(MenuItem.Face.WORKBENCH, "casework.menu", "/workbench/cases", 21, ENFORCEMENT);
    }

    /** The list's filters as the page's form and the export link send them. */
    record ListFilter(String state, String procedure, Boolean overdue, Long officer, Long party, Long unit,
            LocalDate openedFrom, LocalDate openedTo, String q) {

        CaseQueries.Filter filter() {
            Procedure p = procedure == null || procedure.isBlank() ? null : Procedure.ofPath(procedure).orElseThrow(
                    () -> new InvalidInputException("没有程序 " + procedure, "No procedure " + procedure));
            return new CaseQueries.Filter(null, state, p, overdue, officer, party, unit, openedFrom, openedTo, q,
                    false);
        }
    }

    @GetMapping("/tasks")
    String tasks(CurrentUser user, Model model) {
        model.addAttribute("tasks", tasks.of(user));
        return "casework/tasks";
    }

    @GetMapping
    String list(CurrentUser user, @ModelAttribute("filter") ListFilter filter,
            @RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate today = cases.today();
        model.addAttribute("cases", PageResult.of(PageResult.clamped(pageable -> queries.list(user, filter.filter(),
                today, pageable), page, PAGE_SIZE), kase -> CaseView.Summary.of(kase, today)));
        model.addAttribute("procedures", Procedure.values());
        model.addAttribute("definitions", Arrays.stream(Procedure.values()).map(Procedures::of).toList());
        model.addAttribute("officers", user.agencyId() == null ? List.of() : accounts.serving(user.agencyId()));
        model.addAttribute("mayOpen", user.has(Role.OFFICER));
        return "casework/list";
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(CurrentUser user, @ModelAttribute ListFilter filter,
            @RequestParam(defaultValue = "xlsx") String format) {
        LocalDate today = cases.today();
        List<EnforcementCase> found = TableExport.requireAtMost(queries.list(user, filter.filter(), today,
                org.springframework.data.domain.PageRequest.of(0, TableExport.MAX_ROWS + 1)).getContent(), "案件",
                "cases");
        List<String> header = List.of("number", "procedure", "state", "party", "title", "openedOn", "nextDue",
                "overdue").stream().map(c -> zh("casework.column." + c)).toList();
        List<List<?>> rows = found.stream().map(kase -> CaseView.Summary.of(kase, today)).<List<?>>map(s -> List.of(
                s.number(), Procedure.ofPath(s.procedure()).map(Procedure::zh).orElse(s.procedure()),
                s.stateName().zh(), s.partyName(), s.title(), s.openedOn(), s.nextDue() == null ? "" : s.nextDue(),
                zh(s.overdue() ? "casework.yes" : "casework.no"))).toList();
        return TableExport.response(TableExport.Format.of(format), zh("casework.export.name"), header, rows);
    }

    /** What a new case is opened with besides its first step's fields: a party of the agency, one of its domains. */
    static final class OpeningForm {
        private Long partyId;
        private String domain;
        private String title;

        public Long getPartyId() {
            return partyId;
        }

        public void setPartyId(Long partyId) {
            this.partyId = partyId;
        }

        public String getDomain() {
            return domain;
        }

        public void setDomain(String domain) {
            this.domain = domain;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('OFFICER')")
    String newCase(CurrentUser user, @RequestParam(defaultValue = "general-penalty") String procedure,
            @RequestParam(required = false) String step, @RequestParam(required = false) Long party, Model model) {
        OpeningForm form = new OpeningForm();
        form.setPartyId(party);
        return openingForm(user, procedure, step, form, Map.of(), model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('OFFICER')")
    String open(CurrentUser user, @RequestParam String procedure, @RequestParam(required = false) String step,
            @ModelAttribute("form") OpeningForm form, BindingResult errors,
            @RequestParam MultiValueMap<String, String> posted, RedirectAttributes redirect, Model model) {
        Transition opening = opening(procedure, step);
        Map<String, Object> record = StepForm.record(opening, posted);
        return PageCommand.created(errors, () -> cases.open(user, new CaseService.Opening(
                Procedures.of(path(procedure)).procedure(), opening.name(), form.getPartyId(), form.getDomain(),
                form.getTitle(), null, null, record)).getId(),
                id -> "/workbench/cases/" + id, redirect,
                () -> openingForm(user, procedure, opening.name(), form, record, model));
    }

    private String openingForm(CurrentUser user, String procedure, String step, OpeningForm form,
            Map<String, Object> typed, Model model) {
        ProcedureDefinition definition = Procedures.of(path(procedure));
        model.addAttribute("form", form);
        model.addAttribute("procedure", definition.procedure());
        model.addAttribute("openings", definition.openings());
        model.addAttribute("opening", opening(procedure, step));
        // the agency's parties to choose from; one not yet registered is registered first (a link on the form)
        model.addAttribute("parties", parties.agencyParties(user.agencyId(), PageRequest.of(0, PARTY_CHOICES))
                .getContent());
        model.addAttribute("domains", domains.of(user.agencyId()));
        model.addAttribute("typed", typed);
        model.addAttribute("officers", accounts.serving(user.agencyId()));
        return "casework/new";
    }

    @GetMapping("/{id:\\d+}")
    String one(CurrentUser user, @PathVariable long id, Locale locale, Model model) {
        EnforcementCase kase = cases.visible(user, id);
        LocalDate today = cases.today();
        CaseView view = cases.view(user, kase);
        RecordLines lines = RecordLines.of(Procedures.of(kase.getProcedure()), messages, locale, accounts);
        model.addAttribute("view", view);
        model.addAttribute("procedure", kase.getProcedure());
        model.addAttribute("partyKind", kase.getPartyKind());
        model.addAttribute("today", today);
        model.addAttribute("timeline", view.steps().stream().map(s -> new TimelineEntry(s, lines.of(s.transition(),
                s.record()))).toList());
        model.addAttribute("missed", missed.of(id));
        model.addAttribute("officers", accounts.serving(kase.getAgencyId()));
        model.addAttribute("stepNames", Procedures.of(kase.getProcedure()).transitions().stream().collect(
                java.util.stream.Collectors.toMap(Transition::name, t -> "en".equals(locale.getLanguage()) ? t.en()
                        : t.zh())));
        model.addAttribute("actor", user.has(Role.OFFICER) || user.has(Role.UNIT_HEAD)
                || user.has(Role.AGENCY_HEAD));
        // the on-site upload: into a step of this state that is recorded on audio/video, the officer's own camera
        model.addAttribute("uploadSteps", view.transitions().stream()
                .filter(s -> !s.avLevel().equals(AvLevel.NONE.name())).map(s -> new UploadStep(s.name(),
                        "en".equals(locale.getLanguage()) ? s.title().en() : s.title().zh())).toList());
        model.addAttribute("mayUpload", user.has(Role.OFFICER) || user.has(Role.UNIT_HEAD));
        model.addAttribute("kinds", EvidenceKind.values());
        model.addAttribute("defaultOfficer", accounts.linkedTo(user).map(AccountOfficer.LinkedOfficer::name)
                .orElse(user.displayName()));
        // to the second: a recording must be captured after the step before it (audio-video-recorded)
        model.addAttribute("now", LocalDateTime.now(ChinaTime.ZONE).truncatedTo(ChronoUnit.SECONDS).toString());
        model.addAttribute("panels", panels.stream().flatMap(p -> p.model(id, user)
                .map(m -> new ShownPanel(p.template(), p.fragment(), m)).stream()).toList());
        return "casework/case";
    }

    record TimelineEntry(CaseView.StepView step, List<RecordLines.Line> lines) {
    }

    record UploadStep(String name, String label) {
    }

    /** A contributed section with its data for this case and user. */
    record ShownPanel(String template, String fragment, Object model) {
    }

    @PostMapping("/{id:\\d+}/steps/{name}")
    @PreAuthorize(CaseApi.ACTORS)
    String take(CurrentUser user, @PathVariable long id, @PathVariable String name,
            @RequestParam MultiValueMap<String, String> posted, RedirectAttributes redirect) {
        EnforcementCase kase = cases.visible(user, id);
        Transition step = Procedures.of(kase.getProcedure()).transition(name).orElseThrow(
                () -> new InvalidInputException("没有该步骤 " + name, "No step " + name));
        Map<String, Object> record = StepForm.record(step, posted);
        // kept for the form if the step is refused, so that nothing typed is lost
        redirect.addFlashAttribute("typedStep", name);
        redirect.addFlashAttribute("typed", record);
        return PageCommand.run(redirect, "/workbench/cases/" + id, "done", name,
                () -> cases.take(user, id, name, record));
    }

    private static Transition opening(String procedure, String step) {
        ProcedureDefinition definition = Procedures.of(path(procedure));
        return (step == null ? definition.openings().stream().findFirst() : definition.transition(step)
                .filter(Transition::opensCase)).orElseThrow(() -> new InvalidInputException(
                        "没有该启动步骤 " + step, "No opening step " + step));
    }

    private static Procedure path(String procedure) {
        return Procedure.ofPath(procedure).orElseThrow(() -> new InvalidInputException("没有程序 " + procedure,
                "No procedure " + procedure));
    }

    private String zh(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }
}

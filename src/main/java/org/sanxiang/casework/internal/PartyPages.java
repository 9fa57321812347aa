package org.sanxiang.casework.internal;

import java.util.List;
import java.util.Locale;

import org.sanxiang.casework.PartyKind;
import org.sanxiang.casework.internal.enforcementcase.CaseData;
import org.sanxiang.casework.internal.enforcementcase.EnforcementCase;
import org.sanxiang.casework.internal.party.IdType;
import org.sanxiang.casework.internal.party.Party;
import org.sanxiang.casework.internal.party.PartyChecks;
import org.sanxiang.casework.internal.party.PartyForm;
import org.sanxiang.casework.internal.party.PartyService;
import org.sanxiang.casework.internal.procedure.Procedures;
import org.sanxiang.evidence.CaseEvidence;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.MenuItem;
import org.sanxiang.platform.PageCommand;
import org.sanxiang.platform.PageResult;
import org.sanxiang.platform.Role;
import org.sanxiang.registry.AccountOfficer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The parties (当事人) on the workbench: the list with its search, the form to register or change one, and its
 * 一户式 page: the party (masked), its service address confirmation, and every case about it across the agency's
 * units with each case's step records and evidence files, the seeds' "同一执法对象的文字记录、音像记录集中储存"
 * (001 item 18, 002). Decisions and publications about the party join this page as their modules come.
 */
@Controller
@RequestMapping("/workbench/parties")
@PreAuthorize(CaseApi.READERS)
class PartyPages {

    private static final int PAGE_SIZE = 20;
    /** A party's cases on its page: more than any one party has in practice; the case list pages the rest. */
    private static final int CASES_SHOWN = 200;

    private final PartyService parties;
    private final CaseService cases;
    private final CaseQueries queries;
    private final CaseEvidence evidence;
    private final AccountOfficer accounts;
    private final MessageSource messages;

    PartyPages(PartyService parties, CaseService cases, CaseQueries queries, CaseEvidence evidence,
            AccountOfficer accounts, MessageSource messages) {
        this.parties = parties;
        this.cases = cases;
        this.queries = queries;
        this.evidence = evidence;
        this.accounts = accounts;
        this.messages = messages;
    }

    @Bean
    static MenuItem partiesMenuItem() {
        return new MenuItem(MenuItem.Face.WORKBENCH, "party.menu", "/workbench/parties", 22, CasePages.ENFORCEMENT);
    }

    @GetMapping
    String list(CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("parties", PageResult.of(PageResult.clamped(pageable -> parties.search(user, q,
                pageable), page, PAGE_SIZE), p -> p));
        model.addAttribute("mayRegister", user.agencyId() != null && isActor(user));
        return "casework/parties";
    }

    @GetMapping("/new")
    @PreAuthorize(CaseApi.ACTORS)
    String newParty(@RequestParam(defaultValue = "ORGANISATION") PartyKind kind, Model model) {
        return form(PartyForm.of(kind), null, model);
    }

    @PostMapping("/new")
    @PreAuthorize(CaseApi.ACTORS)
    String register(CurrentUser user, @ModelAttribute("form") PartyForm form, BindingResult errors,
            RedirectAttributes redirect, Model model) {
        if (user.agencyId() != null) {
            reject(errors, parties.problems(user.agencyId(), null, form));
        }
        return PageCommand.created(errors, () -> parties.register(user, form).getId(),
                id -> "/workbench/parties/" + id, redirect, () -> form(form, null, model));
    }

    @GetMapping("/{id:\\d+}/edit")
    @PreAuthorize(CaseApi.ACTORS)
    String edit(CurrentUser user, @PathVariable long id, Model model) {
        Party party = parties.visible(user, id);
        return form(party.form(), party, model);
    }

    @PostMapping("/{id:\\d+}/edit")
    @PreAuthorize(CaseApi.ACTORS)
    String update(CurrentUser user, @PathVariable long id, @ModelAttribute("form") PartyForm form,
            BindingResult errors, RedirectAttributes redirect, Model model) {
        Party party = parties.visible(user, id);
        reject(errors, parties.problems(party.getAgencyId(), party, form));
        return PageCommand.changed(errors, () -> parties.update(user, id, form), "/workbench/parties/" + id,
                redirect, () -> form(form, party, model));
    }

    /** 一户式: the party and everything recorded about it. */
    @GetMapping("/{id:\\d+}")
    String one(CurrentUser user, @PathVariable long id, Locale locale, Model model) {
        Party party = parties.visible(user, id);
        CaseQueries.Filter filter = new CaseQueries.Filter(null, null, null, null, null, id, null, null, null, null,
                false);
        var found = queries.list(user, filter, cases.today(), PageRequest.of(0, CASES_SHOWN));
        model.addAttribute("party", party);
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("cases", found.getContent().stream().map(kase -> file(kase, locale)).toList());
        model.addAttribute("mayEdit", isActor(user));
        model.addAttribute("mayReveal", parties.mayReadNumbers(user, party));
        model.addAttribute("mayOpen", user.has(Role.OFFICER) && Long.valueOf(party.getAgencyId())
                .equals(user.agencyId()));
        return "casework/party";
    }

    @PostMapping("/{id:\\d+}/numbers")
    @PreAuthorize(CaseApi.ACTORS)
    String reveal(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("numbers", parties.reveal(user, id));
        return "redirect:/workbench/parties/" + id;
    }

    /** A case as the party's page shows it: where it stands, its steps with their records, its evidence. */
    record CaseFile(CaseView.Summary kase, List<Step> steps, List<CaseEvidence.Linked> evidence) {
    }

    record Step(int seq, String name, String actor, java.time.Instant at, List<RecordLines.Line> lines) {
    }

    private CaseFile file(EnforcementCase kase, Locale locale) {
        var procedure = Procedures.of(kase.getProcedure());
        RecordLines lines = RecordLines.of(procedure, messages, locale, accounts);
        boolean en = "en".equals(locale.getLanguage());
        List<Step> steps = cases.steps(kase.getId()).stream().map(s -> new Step(s.getSeq(), procedure
                .transition(s.getTransition()).map(t -> en ? t.en() : t.zh()).orElse(s.getTransition()),
                s.getActor(), s.getTakenAt(), lines.of(s.getTransition(),
                        CaseData.plain(CaseData.read(s.getRecord(), procedure)))))
                .toList();
        return new CaseFile(CaseView.Summary.of(kase, cases.today()), steps,
                evidence.linkedTo(kase.getAgencyId(), kase.getNumber()));
    }

    private String form(PartyForm form, Party party, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("party", party);
        model.addAttribute("kinds", PartyKind.values());
        model.addAttribute("idTypes", IdType.values());
        return "casework/party-form";
    }

    private static void reject(BindingResult errors, List<PartyChecks.Problem> problems) {
        // the message bundles pick the reader's language: "refused" is {0} in Chinese, {1} in English
        problems.stream().filter(p -> !errors.hasFieldErrors(p.field())).forEach(p -> errors.rejectValue(p.field(),
                "refused", new Object[] {p.zh(), p.en()}, p.zh()));
    }

    private static boolean isActor(CurrentUser user) {
        return user.has(Role.OFFICER) || user.has(Role.UNIT_HEAD) || user.has(Role.AGENCY_HEAD);
    }
}

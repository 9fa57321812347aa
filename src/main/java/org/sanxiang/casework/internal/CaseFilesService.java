package org.sanxiang.casework.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.casework.CaseFile;
import org.sanxiang.casework.CaseFiles;
import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.internal.enforcementcase.CaseRepository;
import org.sanxiang.casework.internal.enforcementcase.CaseStepRepository;
import org.sanxiang.casework.internal.enforcementcase.EnforcementCase;
import org.sanxiang.casework.internal.party.PartyService;
import org.sanxiang.casework.internal.procedure.Procedures;
import org.sanxiang.platform.AgencyDirectory;
import org.sanxiang.platform.ChinaTime;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.registry.AccountOfficer;
import org.sanxiang.registry.EnforcementAuthority;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link CaseFiles} over the case service: the same visibility, facts and rules as the case's own pages. */
@Service
class CaseFilesService implements CaseFiles {

    private final CaseService cases;
    private final PartyService parties;
    private final EnforcementAuthority authority;
    private final AgencyDirectory agencies;
    private final MessageSource messages;
    private final AccountOfficer accounts;
    private final CaseStepRepository steps;
    private final CaseRepository stored;

    CaseFilesService(CaseService cases, PartyService parties, EnforcementAuthority authority,
            AgencyDirectory agencies, MessageSource messages, AccountOfficer accounts, CaseStepRepository steps,
            CaseRepository stored) {
        this.steps = steps;
        this.stored = stored;
        this.messages = messages;
        this.accounts = accounts;
        this.cases = cases;
        this.parties = parties;
        this.authority = authority;
        this.agencies = agencies;
    }

    @Override
    @Transactional(readOnly = true)
    public CaseFile read(CurrentUser reader, long caseId) {
        EnforcementCase kase = cases.visible(reader, caseId);
        CaseFacts facts = cases.facts(reader, kase);
        List<CaseFile.Officer> officers = facts.officers().stream().map(o -> new CaseFile.Officer(o.officerId(),
                o.name(), authority.mayAct(o.officerId(), kase.getDomain(), null, cases.today()).credentialNumber()))
                .toList();
        String agencyName = agencies.name(kase.getAgencyId()).orElse("");
        CaseFile.Party party = kase.getPartyId() == null ? CaseFile.Party.NONE : parties.forDocument(kase.getPartyId());
        RecordLines lines = RecordLines.of(Procedures.of(kase.getProcedure()), messages, Locale.SIMPLIFIED_CHINESE,
                accounts);
        Map<String, String> words = new LinkedHashMap<>();
        facts.steps().forEach(s -> words.putAll(lines.words(s.transition(), s.record().values())));
        return new CaseFile(kase.getId(), kase.getNumber(), kase.getProcedure(), kase.getState(), kase.getAgencyId(),
                agencyName, kase.getDomain(), kase.getTitle(), kase.getOpenedOn(), facts, words, party, officers);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseFile> taking(CurrentUser reader, long agencyId, Set<String> transitions, LocalDate from,
            LocalDate to) {
        return steps.casesTaking(agencyId, transitions, from.atStartOfDay(ChinaTime.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant()).stream().distinct()
                .map(id -> read(reader, id)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> inStates(long agencyId, Set<String> states) {
        return stored.findByAgencyIdAndStateInOrderById(agencyId, states).stream().map(EnforcementCase::getId)
                .toList();
    }

    @Override
    public void requireVisible(CurrentUser reader, long caseId) {
        cases.visible(reader, caseId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<List<Refusal>> refusals(CurrentUser actor, long caseId, String transition) {
        EnforcementCase kase = cases.visible(actor, caseId);
        return cases.options(actor, kase).stream().filter(o -> o.step().name().equals(transition)).findFirst()
                .map(CaseService.Option::refusals);
    }

    @Override
    @Transactional
    public void take(CurrentUser actor, long caseId, String transition, Map<String, ?> record) {
        cases.take(actor, caseId, transition, record);
    }
}

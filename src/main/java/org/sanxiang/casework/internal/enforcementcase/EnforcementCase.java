package org.sanxiang.casework.internal.enforcementcase;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.sanxiang.casework.PartyKind;
import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.StepValues;
import org.sanxiang.casework.internal.procedure.Procedures;
import org.sanxiang.platform.AuditedEntity;

/**
 * One enforcement case: its procedure and state, its party, and the facts its steps recorded so far. Changed only
 * by {@link #advance}, one step at a time. Getters the templates read are public.
 */
@Entity
@Table(name = "enforcement_case")
public class EnforcementCase extends AuditedEntity {

    @Column(nullable = false)
    private long agencyId;

    private Long unitId;

    @Column(nullable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_name", nullable = false)
    private Procedure procedure;

    @Column(nullable = false)
    private String state;

    private Long partyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartyKind partyKind;

    @Column(nullable = false)
    private String partyName;

    @Column(nullable = false)
    private String domain;

    @Column(nullable = false)
    private String title;

    private Long relatedCaseId;

    @Column(nullable = false)
    private LocalDate openedOn;

    @Column(nullable = false)
    private String data = "{}";

    private LocalDate nextDue;

    protected EnforcementCase() {
    }

    public EnforcementCase(long agencyId, Long unitId, String number, Procedure procedure, CaseParty party,
            String domain, String title, Long relatedCaseId, LocalDate openedOn) {
        this.agencyId = agencyId;
        this.unitId = unitId;
        this.number = number;
        this.procedure = procedure;
        this.state = org.sanxiang.casework.CaseStep.START;
        this.partyId = party.id();
        this.partyKind = party.kind();
        this.partyName = party.name();
        this.domain = domain;
        this.title = title;
        this.relatedCaseId = relatedCaseId;
        this.openedOn = openedOn;
    }

    /** The party as a case records it: the kind decides its thresholds; {@code id} is the party's record, if any. */
    public record CaseParty(Long id, PartyKind kind, String name) {
    }

    /** Gives the case being opened its number (CaseNumbers), after its first step's rules allowed it. */
    public void numbered(String number) {
        this.number = number;
    }

    /** Takes a step: the case is in {@code to} and its facts include the step's record and stamps. */
    public void advance(String to, StepValues facts, LocalDate nextDue) {
        this.state = to;
        this.data = CaseData.write(facts);
        this.nextDue = nextDue;
    }

    public StepValues facts() {
        return CaseData.read(data, Procedures.of(procedure));
    }

    /** The case as its ledger entries record it (what {@code ledger verify} compares the row with). */
    public Map<String, Object> ledgerFacts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("number", number);
        facts.put("procedure", procedure.path());
        facts.put("state", state);
        facts.put("agencyId", agencyId);
        facts.put("unitId", unitId);
        facts.put("partyId", partyId);
        facts.put("partyKind", partyKind.name());
        facts.put("partyName", partyName);
        facts.put("domain", domain);
        facts.put("title", title);
        facts.put("relatedCaseId", relatedCaseId);
        facts.put("openedOn", openedOn.toString());
        facts.put("facts", CaseData.plain(facts()));
        return facts;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getNumber() {
        return number;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public String getState() {
        return state;
    }

    public Long getPartyId() {
        return partyId;
    }

    public PartyKind getPartyKind() {
        return partyKind;
    }

    public String getPartyName() {
        return partyName;
    }

    public String getDomain() {
        return domain;
    }

    public String getTitle() {
        return title;
    }

    public Long getRelatedCaseId() {
        return relatedCaseId;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getNextDue() {
        return nextDue;
    }
}

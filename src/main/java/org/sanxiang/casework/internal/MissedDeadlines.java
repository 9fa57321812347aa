package org.sanxiang.casework.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.sanxiang.casework.CaseEvent;
import org.sanxiang.casework.CaseFacts.Deadline;
import org.sanxiang.casework.internal.enforcementcase.CaseStepRepository;
import org.sanxiang.casework.internal.deadline.Deadlines;
import org.sanxiang.casework.internal.enforcementcase.EnforcementCase;
import org.sanxiang.casework.internal.procedure.Procedures;
import org.sanxiang.platform.ChinaTime;
import org.sanxiang.platform.rule.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records each time limit of the agency's that passed without its step (逾期), once: a row and a typed
 * {@link CaseEvent.DeadlineMissed} (its ledger entry) in one transaction. A deadline met late is still a missed
 * one. Safe on several nodes at once: each case is checked under its row lock, and the row of a missed deadline
 * is keyed by case and kind, so the node that comes second finds it recorded. The check also brings the case's
 * nearest time limit up to date, which an open excluded period (testing, suspension, a hearing) moves day by day,
 * so that the case list's overdue filter reads it right.
 */
@Component
public class MissedDeadlines {

    /** A missed deadline as recorded. */
    record Missed(long caseId, String kind, Text name, LocalDate due, LocalDate metOn, Instant recordedAt) {
    }

    private final EntityManager em;
    private final CaseStepRepository steps;
    private final CaseFactsBuilder facts;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final CaseLedgerFacts ledgerFacts;

    MissedDeadlines(EntityManager em, CaseStepRepository steps, CaseFactsBuilder facts, JdbcClient jdbc,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
            CaseLedgerFacts ledgerFacts) {
        this.em = em;
        this.steps = steps;
        this.facts = facts;
        this.jdbc = jdbc;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.ledgerFacts = ledgerFacts;
    }

    /**
     * Checks the cases that may have missed a time limit by {@code today}: those past their nearest one, and those
     * changed within {@code lookBack} (a step that came late, a case closed since the last check).
     *
     * @return how many missed deadlines it recorded
     */
    public int check(LocalDate today, Duration lookBack) {
        Instant since = today.atStartOfDay(ChinaTime.ZONE).toInstant().minus(lookBack);
        List<Long> candidates = jdbc.sql("select id from enforcement_case where next_due < ? or updated_at >= ? "
                + "order by id").params(today, since.atOffset(ZoneOffset.UTC)).query(Long.class).list();
        int recorded = 0;
        for (long id : candidates) {
            recorded += Objects.requireNonNull(transaction.execute(status -> check(id, today)));
        }
        return recorded;
    }

    private int check(long caseId, LocalDate today) {
        EnforcementCase kase = em.find(EnforcementCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (kase == null) {
            return 0;
        }
        List<Deadline> deadlines = facts.deadlines(kase, kase.facts(), steps.findByCaseIdOrderBySeq(caseId), today);
        List<String> known = jdbc.sql("select kind from case_missed_deadline where case_id = ?").param(caseId)
                .query(String.class).list();
        boolean terminal = Procedures.of(kase.getProcedure()).state(kase.getState()).terminal();
        int recorded = 0;
        for (Deadline deadline : deadlines) {
            // a case that ended leaves no duty open (a clue not filed needs no decision): only a late step counts
            boolean missed = deadline.missedOn(today) && !(terminal && deadline.open());
            if (missed && !known.contains(deadline.kind())) {
                record(kase, deadline);
                recorded++;
            }
        }
        LocalDate nextDue = Deadlines.nextDue(deadlines, terminal);
        if (!Objects.equals(nextDue, kase.getNextDue())) {
            jdbc.sql("update enforcement_case set next_due = ? where id = ?").params(nextDue, caseId).update();
        }
        return recorded;
    }

    private void record(EnforcementCase kase, Deadline deadline) {
        Instant now = clock.instant();
        jdbc.sql("insert into case_missed_deadline (case_id, kind, name_zh, name_en, agency_id, unit_id, due, "
                + "met_on, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)").params(kase.getId(), deadline.kind(),
                        deadline.name().zh(), deadline.name().en(), kase.getAgencyId(),
                        kase.getUnitId(), deadline.due(), deadline.metOn(), now.atOffset(ZoneOffset.UTC)).update();
        Map<String, Object> missed = new LinkedHashMap<>();
        missed.put("kind", deadline.kind());
        missed.put("name", deadline.name().zh());
        missed.put("due", deadline.due().toString());
        missed.put("metOn", deadline.metOn() == null ? null : deadline.metOn().toString());
        missed.put("legalBasis", deadline.legalBasis());
        Map<String, Object> entry = ledgerFacts.of(kase);
        entry.put("deadline", missed);
        events.publishEvent(new CaseEvent.DeadlineMissed(kase.getId(), kase.getAgencyId(), entry));
    }

    /** The case's missed deadlines, in the order they were recorded. */
    List<Missed> of(long caseId) {
        return jdbc.sql("select case_id, kind, name_zh, name_en, due, met_on, recorded_at from case_missed_deadline "
                + "where case_id = ? order by recorded_at, kind").param(caseId).query((rs, n) -> new Missed(
                        rs.getLong(1), rs.getString(2), new Text(rs.getString(3), rs.getString(4)),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, OffsetDateTime.class).toInstant())).list();
    }
}

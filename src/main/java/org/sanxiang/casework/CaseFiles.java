package org.sanxiang.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.rule.Refusal;

/** Cases for the modules that work on them from outside casework: the documents filled from a case and served. */
public interface CaseFiles {

    /** The case, if the reader may see it (404 or 403 otherwise). */
    CaseFile read(CurrentUser reader, long caseId);

    /**
     * The agency's cases that took one of these steps on the days {@code from} to {@code to} (China time), in the
     * order they took it: the indicators that count decisions. 404 or 403 unless the reader may see each case.
     */
    List<CaseFile> taking(CurrentUser reader, long agencyId, Set<String> transitions, LocalDate from, LocalDate to);

    /** The ids of the agency's cases now in one of these states, oldest first (the review's demo picks from them). */
    List<Long> inStates(long agencyId, Set<String> states);

    /** 404 or 403 unless the reader may see the case: what another module's records of it need, without its facts. */
    void requireVisible(CurrentUser reader, long caseId);

    /**
     * Whether the case's state leads to this step now: empty when it does not, else what its rules would refuse of
     * the actor today (empty list: allowed).
     */
    Optional<List<Refusal>> refusals(CurrentUser actor, long caseId, String transition);

    /**
     * Takes a step of the case in the caller's transaction, as if sent from its form: the same rules, tables and
     * ledger entry; a refusal throws and rolls the caller back with it.
     */
    void take(CurrentUser actor, long caseId, String transition, Map<String, ?> record);
}

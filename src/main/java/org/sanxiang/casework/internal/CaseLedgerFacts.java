package org.sanxiang.casework.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.casework.internal.enforcementcase.EnforcementCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What every entry about a case records of it: the case row ({@link EnforcementCase#ledgerFacts()}), and of the
 * tables beside it the officers handling it and a digest of every step taken (its transition, states, actor and
 * record), so that {@code ledger verify} names a case whose 笔录 or officers were changed in the database as surely
 * as one whose state was. The steps are digested rather than copied: the entry of each step already holds its record.
 */
@Component
class CaseLedgerFacts {

    static final String STEPS = "steps";
    static final String OFFICERS = "officers";

    private final JdbcClient jdbc;

    CaseLedgerFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts of one case as they are now in its tables. */
    Map<String, Object> of(EnforcementCase kase) {
        long id = kase.getId();
        return with(kase, steps(id, id).getOrDefault(id, new Steps()), officers(id, id).getOrDefault(id, List.of()));
    }

    /** The facts of the cases with ids from first to last, read in two queries. */
    Map<Long, Map<String, Object>> of(List<EnforcementCase> cases) {
        if (cases.isEmpty()) {
            return Map.of();
        }
        long first = cases.get(0).getId();
        long last = cases.get(cases.size() - 1).getId();
        Map<Long, Steps> steps = steps(first, last);
        Map<Long, List<Long>> officers = officers(first, last);
        Map<Long, Map<String, Object>> facts = new LinkedHashMap<>();
        cases.forEach(c -> facts.put(c.getId(), with(c, steps.getOrDefault(c.getId(), new Steps()),
                officers.getOrDefault(c.getId(), List.of()))));
        return facts;
    }

    private static Map<String, Object> with(EnforcementCase kase, Steps steps, List<Long> officers) {
        Map<String, Object> facts = kase.ledgerFacts();
        facts.put(STEPS, Map.of("count", steps.count, "sha256", steps.hex()));
        facts.put(OFFICERS, officers);
        return facts;
    }

    private Map<Long, Steps> steps(long first, long last) {
        Map<Long, Steps> steps = new HashMap<>();
        jdbc.sql("select case_id, seq, transition, from_state, to_state, actor, record from case_step "
                        + "where case_id between ? and ? order by case_id, seq").params(first, last)
                .query(rs -> {
                    steps.computeIfAbsent(rs.getLong(1), id -> new Steps()).add(rs.getInt(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7));
                });
        return steps;
    }

    private Map<Long, List<Long>> officers(long first, long last) {
        Map<Long, List<Long>> officers = new HashMap<>();
        jdbc.sql("select case_id, officer_id from case_officer where case_id between ? and ? "
                        + "order by case_id, officer_id").params(first, last)
                .query(rs -> {
                    officers.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getLong(2));
                });
        return officers;
    }

    /** A running SHA-256 over the steps in their order, each field ended by a unit separator. */
    private static final class Steps {
        private final MessageDigest sha256;
        private int count;

        Steps() {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }

        void add(int seq, String... fields) {
            count++;
            sha256.update((seq + "\u001f").getBytes(StandardCharsets.UTF_8));
            for (String field : fields) {
                sha256.update((field + "\u001f").getBytes(StandardCharsets.UTF_8));
            }
            sha256.update((byte) 0x1e);
        }

        String hex() {
            return HexFormat.of().formatHex(sha256.digest());
        }
    }
}

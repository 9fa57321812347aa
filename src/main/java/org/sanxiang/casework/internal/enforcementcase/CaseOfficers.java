package org.sanxiang.casework.internal.enforcementcase;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The officers handling each case (case_officer), for the rules and for the lists filtered by officer. */
@Component
public class CaseOfficers {

    private final JdbcClient jdbc;

    CaseOfficers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Officer(long officerId, String name, String username) {
    }

    public List<Officer> of(long caseId) {
        return jdbc.sql("select officer_id, name, username from case_officer where case_id = ? order by officer_id")
                .param(caseId).query((rs, row) -> new Officer(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public void replace(long caseId, List<Officer> officers) {
        jdbc.sql("delete from case_officer where case_id = ?").param(caseId).update();
        officers.forEach(o -> jdbc.sql("insert into case_officer (case_id, officer_id, name, username) "
                + "values (?, ?, ?, ?)").params(caseId, o.officerId(), o.name(), o.username()).update());
    }
}

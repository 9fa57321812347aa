package org.sanxiang.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.platform.AgencyDirectory;
import org.sanxiang.platform.AgencyScope;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.VisibleAgencies;
import org.sanxiang.platform.WorkbenchPanel;
import org.sanxiang.registry.AgencyUnits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The missed deadlines of this year counted per unit (内设机构) of the agencies the user sees, for the heads and the
 * supervisors who answer for them (执法监督: 超期办案). Shown once there is one.
 */
@Component
class MissedDeadlinePanel implements WorkbenchPanel {

    private static final Set<Role> READERS = Set.of(Role.UNIT_HEAD, Role.AGENCY_HEAD, Role.SUPERVISOR);

    private final JdbcClient jdbc;
    private final AgencyScope scope;
    private final AgencyDirectory agencies;
    private final AgencyUnits units;
    private final CaseService cases;

    MissedDeadlinePanel(JdbcClient jdbc, AgencyScope scope, AgencyDirectory agencies, AgencyUnits units,
            CaseService cases) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.agencies = agencies;
        this.units = units;
        this.cases = cases;
    }

    /** A unit's count; {@code unitId} is {@code null} for the cases not assigned to a unit. */
    record UnitCount(long agencyId, String agencyName, Long unitId, String unitName, long missed) {
    }

    private record Counted(long agencyId, Long unitId, long missed) {
    }

    record Panel(int year, List<UnitCount> units, long total) {
    }

    @Override
    public String template() {
        return "casework/panels";
    }

    @Override
    public String fragment() {
        return "missed";
    }

    @Override
    public int order() {
        return 6;
    }

    @Override
    public Optional<Panel> model(CurrentUser user) {
        if (READERS.stream().noneMatch(user::has)) {
            return Optional.empty();
        }
        VisibleAgencies visible = scope.visibleTo(user);
        if (visible.isEmpty()) {
            return Optional.empty();
        }
        int year = cases.today().getYear();
        List<Counted> rows = jdbc.sql("select agency_id, unit_id, count(*) from case_missed_deadline where due >= :from"
                + (visible.isAll() ? "" : " and agency_id in (:agencies)")
                + " group by agency_id, unit_id order by count(*) desc, agency_id, unit_id")
                .param("from", LocalDate.of(year, 1, 1)).param("agencies", visible.isAll() ? List.of(0L)
                        : visible.ids()).query((rs, n) -> new Counted(rs.getLong(1), rs.getObject(2, Long.class),
                                rs.getLong(3))).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, String> agencyNames = agencies.visibleTo(user).stream().collect(Collectors.toMap(
                AgencyDirectory.Agency::id, AgencyDirectory.Agency::name));
        Map<Long, String> unitNames = units.names(rows.stream().map(Counted::unitId).filter(Objects::nonNull)
                .toList());
        List<UnitCount> counts = rows.stream().map(r -> new UnitCount(r.agencyId(), agencyNames.getOrDefault(
                r.agencyId(), "#" + r.agencyId()), r.unitId(), r.unitId() == null ? null : unitNames.get(r.unitId()),
                r.missed())).toList();
        return Optional.of(new Panel(year, counts, counts.stream().mapToLong(UnitCount::missed).sum()));
    }
}

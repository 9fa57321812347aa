package org.sanxiang.registry.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.platform.AgencyScope;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.NotFoundException;
import org.sanxiang.platform.Role;
import org.sanxiang.registry.internal.agency.Agency;
import org.sanxiang.registry.internal.agency.AgencyRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class AgencyScopeService implements AgencyScope {

    private final AgencyRepository agencies;

    AgencyScopeService(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    @Override
    public Set<Long> visibleAgencyIds(CurrentUser user) {
        if (user.isPlatformAdmin()) {
            return null;
        }
        if (user.agencyId() == null) {
            return Set.of();
        }
        if (user.has(Role.SUPERVISOR) || user.has(Role.ADMIN)) {
            return withDescendants(user.agencyId());
        }
        return Set.of(user.agencyId());
    }

    @Override
    public boolean canSee(CurrentUser user, long agencyId) {
        Set<Long> visible = visibleAgencyIds(user);
        return visible == null || visible.contains(agencyId);
    }

    /** Throws "not found" rather than "forbidden" so that another branch's records are not even confirmed. */
    void requireVisible(CurrentUser user, long agencyId) {
        if (!canSee(user, agencyId)) {
            throw new NotFoundException("执法主体不存在或不在您的管辖范围内",
                    "No such agency within your scope");
        }
    }

    Set<Long> withDescendants(long root) {
        Map<Long, List<Long>> children = agencies.findAll().stream().filter(a -> a.getParentId() != null)
                .collect(Collectors.groupingBy(Agency::getParentId,
                        Collectors.mapping(Agency::getId, Collectors.toList())));
        Set<Long> result = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Long id = todo.pop();
            if (result.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return result;
    }
}

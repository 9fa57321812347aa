package org.sanxiang.registry.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sanxiang.platform.AgencyScope;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.NotFoundException;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.VisibleAgencies;
import org.sanxiang.registry.internal.agency.AgencyRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

@Service
@Transactional(readOnly = true)
public class AgencyScopeService implements AgencyScope {

    private static final String RESOLVED = AgencyScopeService.class.getName() + ".visibleTo.";

    private final AgencyRepository agencies;

    AgencyScopeService(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    /** Resolved once per request (a list page asks for each row), reading only the agencies under the user's. */
    @Override
    public VisibleAgencies visibleTo(CurrentUser user) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return resolve(user);
        }
        String key = RESOLVED + user.id();
        VisibleAgencies resolved = (VisibleAgencies) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        if (resolved == null) {
            resolved = resolve(user);
            request.setAttribute(key, resolved, RequestAttributes.SCOPE_REQUEST);
        }
        return resolved;
    }

    private VisibleAgencies resolve(CurrentUser user) {
        if (user.isPlatformAdmin()) {
            return VisibleAgencies.all();
        }
        if (user.agencyId() == null) {
            return VisibleAgencies.only(Set.of());
        }
        if (user.has(Role.SUPERVISOR) || user.has(Role.ADMIN)) {
            return VisibleAgencies.only(withDescendants(user.agencyId()));
        }
        return VisibleAgencies.only(Set.of(user.agencyId()));
    }

    /** Throws "not found" rather than "forbidden" so that another branch's records are not even confirmed. */
    void requireVisible(CurrentUser user, long agencyId) {
        if (!canSee(user, agencyId)) {
            throw new NotFoundException("执法主体不存在或不在您的管辖范围内",
                    "No such agency within your scope");
        }
    }

    /** The agency and every agency under it, one query per level of the hierarchy (province to township: four). */
    Set<Long> withDescendants(long root) {
        Set<Long> result = new HashSet<>(Set.of(root));
        List<Long> level = List.of(root);
        while (!level.isEmpty()) {
            level = agencies.findIdsByParentIdIn(level).stream().filter(result::add).toList();
        }
        return result;
    }
}

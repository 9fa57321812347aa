package org.sanxiang.platform.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanxiang.platform.AccountNames;
import org.sanxiang.platform.AccountRoles;
import org.sanxiang.platform.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class AccountNameLookup implements AccountNames, AccountRoles {

    private final UserAccountRepository accounts;

    AccountNameLookup(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Map<String, Named> named(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return accounts.findByUsernameIn(Set.copyOf(usernames)).stream()
                .map(a -> new Named(a.getId(), a.getUsername(), a.getDisplayName(), a.getAgencyId()))
                .collect(Collectors.toMap(Named::username, Function.identity()));
    }

    @Override
    public List<Named> withRole(long agencyId, Role role) {
        return accounts.findByAgencyIdInOrderByUsername(List.of(agencyId)).stream()
                .filter(a -> a.isEnabled() && a.getRoles().contains(role))
                .map(a -> new Named(a.getId(), a.getUsername(), a.getDisplayName(), a.getAgencyId())).toList();
    }

    @Override
    public Set<String> matching(String text) {
        Set<String> found = new LinkedHashSet<>();
        found.add(text);
        accounts.findTop50ByDisplayNameContainingOrderByUsername(text).forEach(a -> found.add(a.getUsername()));
        return found;
    }
}

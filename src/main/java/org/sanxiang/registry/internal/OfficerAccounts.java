package org.sanxiang.registry.internal;

import java.util.List;
import java.util.Optional;

import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.UserAccounts;
import org.sanxiang.registry.AccountOfficer;
import org.sanxiang.registry.RegistryEvent;
import org.sanxiang.registry.internal.officer.Officer;
import org.sanxiang.registry.internal.officer.OfficerRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which workbench account is which officer: an administrator links an officer to the account she signs in with,
 * so that she can show her own credential (亮证执法, every seed's 事中公示).
 */
@Service
@Transactional
class OfficerAccounts implements AccountOfficer {

    private final RegistryService registry;
    private final OfficerRepository officers;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;

    OfficerAccounts(RegistryService registry, OfficerRepository officers, UserAccounts accounts,
            ApplicationEventPublisher events) {
        this.registry = registry;
        this.officers = officers;
        this.accounts = accounts;
        this.events = events;
    }

    /** Links the officer to the account of that username in her agency; a blank username unlinks her. */
    void link(CurrentUser user, long officerId, String username) {
        Officer officer = registry.visibleOfficer(user, officerId);
        String linked = username == null || username.isBlank() ? null : username.strip();
        if (linked != null) {
            if (!accounts.belongsTo(linked, officer.getAgencyId())) {
                throw new InvalidInputException("本执法主体没有用户名为“" + linked + "”的账号，请先在用户管理中创建",
                        "This agency has no account named '" + linked + "'; create it under user administration first");
            }
            officers.findByAccountUsername(linked).filter(o -> o.getId() != officerId).ifPresent(o -> {
                throw new InvalidInputException("账号“" + linked + "”已关联执法人员" + o.getName(),
                        "The account '" + linked + "' is already linked to the officer " + o.getName());
            });
        }
        officer.linkAccount(linked);
        events.publishEvent(new RegistryEvent.OfficerAccountLinked(officerId, officer.getAgencyId(),
                linked == null ? "" : linked));
    }

    /** The officer the signed-in user is, if an administrator linked her account. */
    @Transactional(readOnly = true)
    Optional<Long> officerOf(CurrentUser user) {
        return officers.findByAccountUsername(user.username()).map(Officer::getId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountOfficer.LinkedOfficer> linkedTo(CurrentUser user) {
        return officers.findByAccountUsername(user.username()).map(o -> new AccountOfficer.LinkedOfficer(o.getId(),
                o.getName()));
    }

    @Override
    public Optional<AccountOfficer.OfficerOnRecord> officer(long officerId) {
        return officers.findById(officerId).map(o -> new AccountOfficer.OfficerOnRecord(o.getId(), o.getName(),
                o.getAgencyId(), o.getAccountUsername()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountOfficer.OfficerOnRecord> serving(long agencyId) {
        return officers.findByAgencyId(agencyId).stream().filter(Officer::isActive)
                .sorted(java.util.Comparator.comparing(Officer::getName)).map(o -> new AccountOfficer.OfficerOnRecord(
                        o.getId(), o.getName(), o.getAgencyId(), o.getAccountUsername())).toList();
    }
}

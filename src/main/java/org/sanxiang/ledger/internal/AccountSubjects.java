package org.sanxiang.ledger.internal;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.sanxiang.ledger.SubjectPages;
import org.sanxiang.platform.AccountNames;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;
import org.springframework.stereotype.Component;

/**
 * The user accounts that {@link AccountJournal}'s entries are about, by display name; their pages are the
 * administrators'. Here because the platform cannot depend on the ledger.
 */
@Component
class AccountSubjects implements SubjectPages {

    private final AccountNames accounts;

    AccountSubjects(AccountNames accounts) {
        this.accounts = accounts;
    }

    @Override
    public String subjectType() {
        return AccountJournal.SUBJECT_TYPE;
    }

    @Override
    public Map<String, Subject> find(Collection<String> ids, CurrentUser reader) {
        return accounts.named(ids).values().stream().collect(Collectors.toMap(AccountNames.Named::username,
                a -> new Subject(a.displayName(), reader.has(Role.ADMIN) ? "/workbench/users/" + a.id() : null)));
    }
}

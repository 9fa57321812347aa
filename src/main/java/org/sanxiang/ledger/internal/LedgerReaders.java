package org.sanxiang.ledger.internal;

import java.util.List;

import org.sanxiang.platform.AgencyScope;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Whole entries, payloads included, for the users allowed to read them (ADMIN, SUPERVISOR): only the records of
 * the agencies in their data scope, as with every other record; platform-wide entries for platform administrators.
 */
@Component
class LedgerReaders {

    /** Who may read payloads at all; which entries is then a matter of data scope. */
    static final String ROLES = "hasAnyRole('ADMIN','SUPERVISOR')";

    /** Verification reads every entry and checkpoints sign for the whole ledger: platform-wide acts. */
    static final String PLATFORM_ADMIN = "hasRole('ADMIN') and principal instanceof "
            + "T(org.sanxiang.platform.CurrentUser$Principal) and principal.currentUser().isPlatformAdmin()";

    private final EntryStore entries;
    private final AgencyScope scope;

    LedgerReaders(EntryStore entries, AgencyScope scope) {
        this.entries = entries;
        this.scope = scope;
    }

    /** The entry at a tree index; not found, as if absent, when it is outside the user's scope. */
    EntryView entry(CurrentUser user, long index) {
        return entries.byIndex(index).filter(row -> row.agencyId() == null ? user.isPlatformAdmin()
                        : scope.canSee(user, row.agencyId()))
                .map(EntryView::of).orElseThrow(() -> new NotFoundException(
                        "账本中没有索引 " + index + " 的记录", "there is no ledger entry with index " + index));
    }

    /** Newest first, optionally of one module and/or one subject; {@code limit} entries from {@code offset}. */
    List<EntryView> list(CurrentUser user, String module, String subjectType, String subjectId, long offset,
            int limit) {
        return entries.list(scope.visibleAgencyIds(user), module, subjectType, subjectId, offset, limit).stream()
                .map(EntryView::of).toList();
    }
}

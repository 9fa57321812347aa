package org.sanxiang.ledger.internal;

import java.util.Arrays;
import java.util.List;

import org.sanxiang.platform.AccountNames;
import org.sanxiang.platform.AgencyScope;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.NotFoundException;
import org.sanxiang.platform.TableExport;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Whole entries, payloads included, for the users allowed to read them (ADMIN, SUPERVISOR): only the records of
 * the agencies in their data scope, as with every other record; platform-wide entries for platform administrators.
 */
@Component
class LedgerReaders {

    /** Who may read payloads at all; which entries is then a matter of data scope. */
    static final String ROLES = "hasAnyRole('ADMIN','SUPERVISOR')";


    private final EntryStore entries;
    private final AgencyScope scope;
    private final AccountNames accounts;

    LedgerReaders(EntryStore entries, AgencyScope scope, AccountNames accounts) {
        this.entries = entries;
        this.scope = scope;
        this.accounts = accounts;
    }

    /** The entry at a tree index; not found, as if absent, when it is outside the user's scope. */
    EntryView entry(CurrentUser user, long index) {
        return entries.byIndex(index).filter(row -> scope.canSee(user, row.agencyId())).map(EntryView::of).orElseThrow(() -> new NotFoundException(
                        "账本中没有索引 " + index + " 的记录", "there is no ledger entry with index " + index));
    }

    /** Newest first, as filtered; {@code limit} entries from {@code offset}. */
    List<EntryView> list(CurrentUser user, EntryFilter filter, long offset, int limit) {
        EntryStore.Query query = new EntryStore.Query(filter.module(), filter.subjectType(), filter.subjectId(),
                filter.fromInstant(), filter.beforeInstant(),
                filter.actor() == null ? null : accounts.matching(filter.actor()));
        return entries.list(scope.visibleTo(user), query, offset, limit).stream().map(EntryView::of).toList();
    }

    /**
     * The same entries as .xlsx or CSV, each with its canonical payload and leaf hash, so that anyone holding the
     * file recomputes every leaf hash (H(0x00 ‖ payload)) and checks it against the public proofs.
     */
    ResponseEntity<StreamingResponseBody> export(CurrentUser user, EntryFilter filter, String format) {
        TableExport.Format f = TableExport.Format.of(format);
        List<EntryView> found = TableExport.requireAtMost(list(user, filter, 0, TableExport.MAX_ROWS + 1), "账本记录",
                "ledger entries");
        List<List<?>> rows = found.stream().<List<?>>map(e -> Arrays.asList(e.index(), EntryHeader.time(e.time()),
                e.actor(), e.module(), e.entryType(), e.subjectType(), e.subjectId(), e.agencyId(), e.payload(),
                e.leafHash())).toList();
        return TableExport.response(f, "账本记录", List.of("索引", "时间（UTC）", "操作人", "模块", "事项", "对象类型",
                "对象编号", "所属执法主体编号", "载荷（RFC 8785 规范 JSON）", "叶哈希"), rows);
    }
}

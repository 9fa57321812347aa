package org.sanxiang.ledger.internal;

import java.util.Set;
import java.util.function.Consumer;

import org.sanxiang.ledger.ReconciledRecords;
import org.sanxiang.platform.AccountRecords;
import org.springframework.stereotype.Component;

/**
 * The user accounts, whose entries {@link AccountJournal} appends: here for the same reason (the platform cannot
 * depend on the ledger), with the facts from the platform's own function.
 */
@Component
class AccountReconciliation implements ReconciledRecords {

    private final AccountRecords accounts;

    AccountReconciliation(AccountRecords accounts) {
        this.accounts = accounts;
    }

    @Override
    public String recordType() {
        return "user";
    }

    @Override
    public String nameZh() {
        return "用户";
    }

    @Override
    public Set<String> entryTypes() {
        return AccountRecords.DESCRIBING_EVENTS;
    }

    /** Entries written before system accounts existed (V10_3) do not say whether the account is one. */
    @Override
    public Set<String> laterFacts() {
        return Set.of("systemAccount");
    }

    @Override
    public void forEachRow(Consumer<Row> action) {
        accounts.forEach((username, facts) -> action.accept(new Row(username, facts)));
    }
}

-- The ledger page filters by day and by actor ("what did this officer do last week"): without these, a rare actor
-- or an old week means reading every entry newest first.
create index ledger_entry_created_at on ledger_entry (created_at);
create index ledger_entry_actor on ledger_entry (created_by, seq);

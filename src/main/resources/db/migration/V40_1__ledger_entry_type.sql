-- Reconciliation reads the entries that describe records (officer.registered, evidence.stored, ...) among far more
-- that do not (evidence.viewed, ...): by type, without scanning every payload.
create index ledger_entry_type on ledger_entry (entry_type, seq);

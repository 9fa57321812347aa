-- Ledger entry sequence numbers are handed out in blocks of 1000 per application node (one nextval per block),
-- so that Ledger.append needs no database round trip and a transaction's entries are inserted as one batch
-- when it commits. Blocks start above any number the identity column gave out before this migration.
create sequence ledger_entry_block start with 1000000;

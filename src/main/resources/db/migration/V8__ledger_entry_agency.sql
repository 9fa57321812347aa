-- The agency whose record a ledger entry is: reading payloads follows the registry's data scope, like every
-- other record (null: a platform-wide entry, for platform administrators only). The value is also inside the
-- hashed payload ("$entry"), so changing this column is caught by `ledger verify`.
alter table ledger_entry add column agency_id bigint;
create index ledger_entry_agency on ledger_entry (agency_id, seq);

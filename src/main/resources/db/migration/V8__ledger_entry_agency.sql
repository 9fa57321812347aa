-- The agency whose record a ledger entry is: reading payloads follows the registry's data scope, like every
-- other record (null: a platform-wide entry, for platform administrators only). New entries also carry it inside
-- their hashed payload ("$entry"), so changing this column is caught by `ledger verify`.
alter table ledger_entry add column agency_id bigint;
create index ledger_entry_agency on ledger_entry (agency_id, seq);

-- Entries written before this migration: their agency from their subject, so that an agency keeps reading them.
update ledger_entry set agency_id = cast(subject_id as bigint) where subject_type = 'agency';
update ledger_entry set agency_id = (select o.agency_id from officer o where o.id = cast(ledger_entry.subject_id as bigint))
    where subject_type = 'officer';
update ledger_entry set agency_id = (select e.agency_id from evidence e where e.id = cast(ledger_entry.subject_id as bigint))
    where subject_type = 'evidence';
update ledger_entry set agency_id = (select u.agency_id from user_account u where u.username = ledger_entry.subject_id)
    where subject_type = 'user';
update ledger_entry set agency_id = (select u.agency_id from evidence_upload u where u.id = ledger_entry.subject_id)
    where subject_type = 'upload';

-- An upload whose content the agency already holds becomes no second record: it links the existing evidence, and
-- the upload remembers so, for the client that asks again (tus HEAD) after a lost response.
alter table evidence_upload add column already_stored boolean default false not null;

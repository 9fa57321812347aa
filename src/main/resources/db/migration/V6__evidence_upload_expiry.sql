-- An upload left unfinished for longer than sanxiang.evidence.upload-expiry is expired: its partial file is removed
-- from the staging area (it never was evidence) and the row keeps when that happened; the ledger records it.
alter table evidence_upload add column expired_at timestamp with time zone;
create index evidence_upload_idle on evidence_upload (updated_at) ;

-- Every view and download asks whether the integrity check found its content changed: by address, newest first.
create index evidence_integrity_finding_sha256 on evidence_integrity_finding (sha256, id);

-- Evidence search (EvidenceRepository.search): every query is limited to the user's agencies and lists the newest
-- first; a capture-day range is the other common filter.
create index evidence_agency_newest_idx on evidence (agency_id, id);
create index evidence_agency_captured_idx on evidence (agency_id, captured_at);

-- when the head approved the extension, for the case's chain of responsibility; the written opinion issued into the
-- case's file (法制审核意见书, a document of the document module)
alter table legal_review add column extended_at timestamp with time zone;
alter table legal_review add column opinion_document_id bigint;

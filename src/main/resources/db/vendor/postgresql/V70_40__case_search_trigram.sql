-- The case list's words search (CaseQueries: number, title or party name like '%…%') through trigram indexes, one
-- per column, which PostgreSQL combines (BitmapOr) instead of reading every case: 679 ms at 1 M cases without them
-- (bench/cases.md). pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it. Trigrams
-- of Chinese text need a database whose locale classifies CJK characters as letters (e.g. C.UTF-8, zh_CN.UTF-8;
-- not "C"); otherwise the search still works, by reading the table.
create extension if not exists pg_trgm;
create index enforcement_case_number_trgm on enforcement_case using gin (number gin_trgm_ops);
create index enforcement_case_title_trgm on enforcement_case using gin (title gin_trgm_ops);
create index enforcement_case_party_trgm on enforcement_case using gin (party_name gin_trgm_ops);

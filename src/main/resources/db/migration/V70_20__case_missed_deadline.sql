-- A time limit of the agency's that passed without its step (逾期), as the daily check (MissedDeadlines) recorded
-- it: once per case and kind of deadline (the primary key keeps two nodes from recording it twice), with its ledger
-- entry in the same transaction, named as the case page named it then; met_on is the day the step came late, if it had come when the check saw it. The
-- agency and unit are the case's, for the counts per unit.
create table case_missed_deadline (
    case_id          bigint        not null references enforcement_case (id),
    kind             varchar(40)   not null,
    name_zh          varchar(200)  not null,
    name_en          varchar(300)  not null,
    agency_id        bigint        not null,
    unit_id          bigint,
    due              date          not null,
    met_on           date,
    recorded_at      timestamp with time zone not null,
    primary key (case_id, kind)
);
create index case_missed_deadline_unit on case_missed_deadline (agency_id, unit_id);

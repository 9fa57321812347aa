-- Spring Modulith's event publication registry (its schema v2, JdbcEventPublicationRepositoryV2), created here so
-- that Flyway owns every table: one row per event and listener in another module, written in the publishing
-- transaction; completed rows are deleted (spring.modulith.events.completion-mode), incomplete ones are retried on
-- restart and listed for the platform administrator. VARCHAR without a length is unbounded on both databases.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            varchar(512)             not null,
    event_type             varchar(512)             not null,
    serialized_event       varchar                  not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

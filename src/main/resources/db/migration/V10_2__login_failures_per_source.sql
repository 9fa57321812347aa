-- Failed logins counted per account and source (client address) instead of per account: five requests from anyone
-- locked anyone's account, the administrator's included. The username is kept as typed, also when no such account
-- exists, so that a real account and a made-up one answer alike.
create table login_failure (
    username        varchar(64) not null,
    source          varchar(64) not null,
    failures        integer     not null,
    last_failed_at  timestamp with time zone not null,
    primary key (username, source)
);

alter table user_account drop column failed_logins;
alter table user_account drop column locked_until;

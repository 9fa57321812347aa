-- The workbench account an officer signs in with (user_account.username), set by an administrator, so that the
-- officer finds her own credential (我的执法证) for 亮证执法; one account shows one officer.
alter table officer add column account_username varchar(64);
create unique index officer_account_username on officer (account_username);

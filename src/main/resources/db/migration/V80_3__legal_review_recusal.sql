-- the legal reviewers who withdrew from a round (回避), a line "username：reason" each: none of them is assigned to it
alter table legal_review add column recused varchar(4000) not null default '';

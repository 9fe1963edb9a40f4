-- Answer templates ("modèles de réponse"): standard texts a network's managers write and its agents insert in
-- their answers' drafts. Tenant-owned, with the row-level security policy of every tenant-owned table.
create sequence exp_answer_template_seq start with 50 increment by 50;
create table exp_answer_template (
    id          bigint        primary key,
    tenant_id   varchar(40)   not null references core_tenant (id),
    name        varchar(120)  not null,
    body        varchar(4000) not null,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null default 0
);
create index exp_answer_template_tenant on exp_answer_template (tenant_id, name);
alter table exp_answer_template enable row level security;
alter table exp_answer_template force row level security;
create policy exp_answer_template_tenant_isolation on exp_answer_template
    using (tenant_id = current_setting('spplus.tenant_id', true))
    with check (tenant_id = current_setting('spplus.tenant_id', true));

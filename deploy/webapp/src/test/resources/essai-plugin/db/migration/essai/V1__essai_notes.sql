create sequence ess_note_seq start with 50 increment by 50;
create table ess_note (
    id        bigint       primary key,
    tenant_id varchar(40)  not null references core_tenant (id),
    text      varchar(500) not null
);
alter table ess_note enable row level security;
alter table ess_note force row level security;
create policy ess_note_tenant_isolation on ess_note
    using (tenant_id = current_setting('spplus.tenant_id', true))
    with check (tenant_id = current_setting('spplus.tenant_id', true));

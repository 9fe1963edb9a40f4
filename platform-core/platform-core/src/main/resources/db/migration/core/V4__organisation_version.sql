-- Each tenant's organisation tree has a version, which every change to its units replaces in the transaction that
-- makes it: the application keeps each tree in memory and reads it again only when its version has changed.
-- Versions come from a sequence: a version is never given twice, even by a change that is rolled back.
create sequence core_org_version_seq;
create table core_org_version (
    tenant_id varchar(40) primary key references core_tenant (id),
    version   bigint      not null
);
alter table core_org_version enable row level security;
alter table core_org_version force row level security;
create policy core_org_version_tenant_isolation on core_org_version
    using (tenant_id = current_setting('spplus.tenant_id', true))
    with check (tenant_id = current_setting('spplus.tenant_id', true));

create function core_org_unit_changed() returns trigger language plpgsql as $$
declare
    changed_tenant varchar(40);
begin
    if tg_op = 'DELETE' then
        changed_tenant := old.tenant_id;
    else
        changed_tenant := new.tenant_id;
    end if;
    insert into core_org_version (tenant_id, version) values (changed_tenant, nextval('core_org_version_seq'))
        on conflict (tenant_id) do update set version = excluded.version;
    return null;
end
$$;
create trigger core_org_unit_changed after insert or update or delete on core_org_unit
    for each row execute function core_org_unit_changed();

-- The dashboards' stock: the cases waiting for an answer now (new, in progress, awaiting validation), per entity
-- and counting its whole subtree, as the other figures do (each change adds to the entity and to every ancestor).
-- A dashboard then reads one row, whatever the number of stories; it used to count the open cases of the subtree.
-- Kept in the transaction of each change: a case received (+1), answered or transferred to another network (-1),
-- moved inside the tree (-1 for the old entity's branch, +1 for the new one's).
create table exp_open_cases (
    tenant_id varchar(40) not null references core_tenant (id),
    unit_id   bigint      not null references core_org_unit (id),
    value     bigint      not null,
    primary key (tenant_id, unit_id)
);
alter table exp_open_cases enable row level security;
alter table exp_open_cases force row level security;
create policy exp_open_cases_tenant_isolation on exp_open_cases
    using (tenant_id = current_setting('spplus.tenant_id', true))
    with check (tenant_id = current_setting('spplus.tenant_id', true));

-- The cases already open, counted up each network's tree, network by network (tenant-owned rows are under forced
-- row-level security).
do $$
declare
    network record;
begin
    for network in select id from core_tenant loop
        perform set_config('spplus.tenant_id', network.id, true);
        insert into exp_open_cases (tenant_id, unit_id, value)
        select c.tenant_id, a.id, count(*)
        from exp_case c
        join core_org_unit u on u.id = c.unit_id
        join core_org_unit a on a.tenant_id = u.tenant_id and left(u.path, length(a.path)) = a.path
        where c.tenant_id = network.id and c.status in ('NEW', 'IN_PROGRESS', 'AWAITING_VALIDATION')
        group by c.tenant_id, a.id;
    end loop;
    perform set_config('spplus.tenant_id', '', true);
end
$$;

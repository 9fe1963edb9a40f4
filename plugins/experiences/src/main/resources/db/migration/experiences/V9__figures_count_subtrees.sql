-- The dashboards' counters now count an entity's whole subtree (each event adds to the entity and to every
-- ancestor), so that a dashboard reads the rows of one entity only: the national dashboard of a network with a
-- million stories reads as few rows as a local one. The rows written so far counted the entity alone: each
-- network's are summed up its tree. Tenant-owned rows are under forced row-level security: the migration works
-- network by network, as each of them.
do $$
declare
    network record;
begin
    for network in select id from core_tenant loop
        perform set_config('spplus.tenant_id', network.id, true);
        create temp table own_figures on commit drop as select * from exp_figure where tenant_id = network.id;
        delete from exp_figure where tenant_id = network.id;
        insert into exp_figure (tenant_id, unit_id, month, metric, key, value)
        select f.tenant_id, a.id, f.month, f.metric, f.key, sum(f.value)
        from own_figures f
        join core_org_unit u on u.id = f.unit_id
        join core_org_unit a on a.tenant_id = u.tenant_id and left(u.path, length(a.path)) = a.path
        group by f.tenant_id, a.id, f.month, f.metric, f.key;
        drop table own_figures;
    end loop;
    perform set_config('spplus.tenant_id', '', true);
end
$$;

-- Pre-aggregated figures for the managers' dashboards: counters per entity and month, updated in the
-- transaction of the event they count (a story received, an answer published, a rating…), so that a
-- dashboard reads a few hundred rows whatever the number of stories.
--   metric 'received'            key ''                 stories received in the entity's inbox
--   metric 'answered'            key ''                 answers published
--   metric 'delay'               key '<days>'           answers by whole days between receipt and answer (0…60, 61 = more)
--   metric 'feeling'             key 'POSITIF'…         stories received, by the author's feeling
--   metric 'channel'             key '<code>:<FEELING>' channels named by the author, with their feeling ('' if none)
--   metric 'procedure'           key '<code>'           procedures named
--   metric 'useful'              key 'true'/'false'     ratings of the answers by their authors
--   metric 'escalated'           key ''                 stories past their target
create table exp_figure (
    tenant_id varchar(40)  not null references core_tenant (id),
    unit_id   bigint       not null references core_org_unit (id),
    month     date         not null,
    metric    varchar(20)  not null,
    key       varchar(120) not null default '',
    value     bigint       not null,
    primary key (tenant_id, unit_id, month, metric, key)
);
create index exp_figure_month on exp_figure (tenant_id, month, metric);
alter table exp_figure enable row level security;
alter table exp_figure force row level security;
create policy exp_figure_tenant_isolation on exp_figure
    using (tenant_id = current_setting('spplus.tenant_id', true))
    with check (tenant_id = current_setting('spplus.tenant_id', true));

-- Moderation outcomes per network and month (platform-wide: moderation is the platform's).
create table exp_moderation_figure (
    tenant_id varchar(40)  not null references core_tenant (id),
    month     date         not null,
    outcome   varchar(24)  not null,
    value     bigint       not null,
    primary key (tenant_id, month, outcome)
);

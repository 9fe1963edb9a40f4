-- Improvement actions: what a network did or plans because of a story. Recorded by an agent, validated by
-- a manager (or published at once on the fast track), then public on the story and in the network's list.

create sequence exp_action_seq start with 50 increment by 50;
create table exp_action (
    id              bigint        primary key,
    tenant_id       varchar(40)   not null references core_tenant (id),
    case_id         bigint        not null references exp_case (id),
    story_id        bigint        not null references exp_story (id),
    unit_id         bigint        not null references core_org_unit (id),
    description     varchar(2000) not null,
    status          varchar(12)   not null,
    action_date     date,
    state           varchar(12)   not null,
    recorded_by     bigint        references core_account (id),
    reviewed_by     bigint        references core_account (id),
    review_comment  varchar(2000),
    created_at      timestamptz   not null,
    published_at    timestamptz,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0,
    constraint exp_action_status check (status in ('PLANNED', 'DONE')),
    constraint exp_action_state check (state in ('SUBMITTED', 'RETURNED', 'PUBLISHED'))
);
create index exp_action_case on exp_action (case_id);
create index exp_action_awaiting on exp_action (tenant_id, state) where state = 'SUBMITTED';
alter table exp_action enable row level security;
alter table exp_action force row level security;
create policy exp_action_tenant_isolation on exp_action
    using (tenant_id = current_setting('spplus.tenant_id', true))
    with check (tenant_id = current_setting('spplus.tenant_id', true));

-- Public read model of published actions (same ids as exp_action).
create table exp_public_action (
    id            bigint        primary key,
    story_id      bigint        not null references exp_public_story (story_id),
    tenant_id     varchar(40)   not null references core_tenant (id),
    unit_name     varchar(300)  not null,
    network_name  varchar(200)  not null,
    description   varchar(2000) not null,
    status        varchar(12)   not null,
    action_date   date,
    published_at  timestamptz   not null
);
create index exp_public_action_network on exp_public_action (tenant_id, published_at desc, id desc);
create index exp_public_action_latest on exp_public_action (published_at desc, id desc);
create index exp_public_action_story on exp_public_action (story_id);

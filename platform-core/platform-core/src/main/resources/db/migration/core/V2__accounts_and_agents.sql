-- Accounts are platform-wide: citizens, moderators, platform administrators and agents all sign in
-- with one account. What an agent does in a network (roles, entities) is tenant-owned.

create sequence core_account_seq start with 50 increment by 50;
create table core_account (
    id                 bigint       primary key,
    email              varchar(320) not null,
    display_name       varchar(200) not null,
    password_hash      varchar(400),
    platform_roles     varchar(200) not null default '',
    status             varchar(24)  not null default 'ACTIVE',
    email_confirmed_at timestamptz,
    demo               boolean      not null default false,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    last_login_at      timestamptz,
    version            bigint       not null default 0,
    constraint core_account_status check (status in ('PENDING', 'ACTIVE', 'DISABLED', 'DELETED'))
);
create unique index core_account_email on core_account (lower(email)) where status <> 'DELETED';

-- An account's membership of a network, with its roles there.
create sequence core_agent_seq start with 50 increment by 50;
create table core_agent (
    id          bigint       primary key,
    tenant_id   varchar(40)  not null references core_tenant (id),
    account_id  bigint       not null references core_account (id),
    roles       varchar(200) not null,
    active      boolean      not null default true,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     bigint       not null default 0,
    constraint core_agent_account unique (tenant_id, account_id)
);
create index core_agent_account_idx on core_agent (account_id);

-- The entities an agent is attached to: they handle these inboxes and everything below them.
create sequence core_agent_unit_seq start with 50 increment by 50;
create table core_agent_unit (
    id        bigint      primary key,
    tenant_id varchar(40) not null references core_tenant (id),
    agent_id  bigint      not null references core_agent (id),
    unit_id   bigint      not null references core_org_unit (id),
    constraint core_agent_unit_once unique (agent_id, unit_id)
);
create index core_agent_unit_unit on core_agent_unit (tenant_id, unit_id);

alter table core_agent enable row level security;
alter table core_agent force row level security;
create policy core_agent_tenant_isolation on core_agent
    using (tenant_id = current_setting('spplus.tenant_id', true))
    with check (tenant_id = current_setting('spplus.tenant_id', true));

alter table core_agent_unit enable row level security;
alter table core_agent_unit force row level security;
create policy core_agent_unit_tenant_isolation on core_agent_unit
    using (tenant_id = current_setting('spplus.tenant_id', true))
    with check (tenant_id = current_setting('spplus.tenant_id', true));

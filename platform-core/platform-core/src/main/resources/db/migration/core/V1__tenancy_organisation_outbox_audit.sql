-- Sequences start at 50 and grow by 50: EclipseLink reads each value as the end of a block of 50 ids.
-- Core schema, first version: tenants, their organisation trees, the mail outbox and the audit log.
--
-- Tenant-owned tables carry a tenant_id column used twice: by EclipseLink's @Multitenant discriminator,
-- and by PostgreSQL row-level security, which makes even native SQL see only the rows of the tenant set
-- for the transaction (set_config('spplus.tenant_id', ..., true), done by the core for each transaction).
-- Without a tenant set, tenant-owned rows are invisible and cannot be written.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- Tenants are platform-wide: one row per network.
create table core_tenant (
    id                  varchar(40)  primary key,
    name                varchar(200) not null,
    short_name          varchar(40)  not null,
    path_segment        varchar(40)  not null unique,
    accent_color        varchar(7),
    logo                bytea,
    logo_media_type     varchar(60),
    active              boolean      not null default true,
    definition_snapshot text,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    version             bigint       not null default 0,
    constraint core_tenant_id_format check (id ~ '^[a-z][a-z0-9-]*$')
);

create table core_tenant_host (
    host      varchar(253) primary key,
    tenant_id varchar(40)  not null references core_tenant (id)
);
create index core_tenant_host_tenant on core_tenant_host (tenant_id);

-- Which plugins each tenant has switched on, and its settings for them (JSON object of strings).
create table core_tenant_plugin (
    tenant_id  varchar(40)  not null references core_tenant (id),
    plugin_id  varchar(40)  not null,
    enabled    boolean      not null,
    settings   text         not null default '{}',
    updated_at timestamptz  not null default now(),
    version    bigint       not null default 0,
    primary key (tenant_id, plugin_id)
);

-- The organisation tree of a tenant: any depth. path holds the ids from the root to the unit,
-- '/1/12/345/', so that "this unit and everything below it" is one indexed range scan
-- (path >= '/1/12/' and path < '/1/120'). The "C" collation makes the order bytewise whatever the
-- database's locale, and range comparisons are leakproof, so the index is usable under row-level
-- security (LIKE is not leakproof: PostgreSQL would not use an index for it on these tables).
create sequence core_org_unit_seq start with 50 increment by 50;
create table core_org_unit (
    id               bigint       primary key,
    tenant_id        varchar(40)  not null references core_tenant (id),
    code             varchar(80)  not null,
    name             varchar(300) not null,
    unit_type        varchar(120),
    parent_id        bigint       references core_org_unit (id),
    path             varchar(1000) collate "C" not null,
    depth            integer      not null,
    region_code      varchar(3),
    departement_code varchar(3),
    open             boolean      not null default true,
    closed_at        timestamptz,
    search_text      varchar(400) not null,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    version          bigint       not null default 0,
    constraint core_org_unit_code unique (tenant_id, code),
    constraint core_org_unit_root_has_no_parent check ((depth = 0) = (parent_id is null))
);
create index core_org_unit_path on core_org_unit (tenant_id, path);
create index core_org_unit_parent on core_org_unit (tenant_id, parent_id);
create index core_org_unit_search on core_org_unit using gin (search_text gin_trgm_ops);

alter table core_org_unit enable row level security;
alter table core_org_unit force row level security;
create policy core_org_unit_tenant_isolation on core_org_unit
    using (tenant_id = current_setting('spplus.tenant_id', true))
    with check (tenant_id = current_setting('spplus.tenant_id', true));

-- Transactional outbox: written in the transaction that causes the mail, sent after commit.
create sequence core_mail_outbox_seq start with 50 increment by 50;
create table core_mail_outbox (
    id              bigint        primary key,
    tenant_id       varchar(40),
    recipient       varchar(320)  not null,
    subject         varchar(500)  not null,
    text_body       text          not null,
    html_body       text,
    status          varchar(16)   not null default 'PENDING',
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null default now(),
    last_error      varchar(1000),
    created_at      timestamptz   not null default now(),
    sent_at         timestamptz,
    constraint core_mail_outbox_status check (status in ('PENDING', 'SENT', 'FAILED'))
);
create index core_mail_outbox_due on core_mail_outbox (next_attempt_at) where status = 'PENDING';

-- Append-only audit log: who did what to which object and when. tenant_id is null for platform-level
-- events (tenant creation, moderation...).
create sequence core_audit_event_seq start with 50 increment by 50;
create table core_audit_event (
    id               bigint        primary key,
    tenant_id        varchar(40),
    occurred_at      timestamptz   not null,
    actor            varchar(320)  not null,
    actor_account_id bigint,
    action           varchar(120)  not null,
    object_type      varchar(60)   not null,
    object_id        varchar(120)  not null,
    details          text          not null default '{}',
    request_id       varchar(40)
);
create index core_audit_event_tenant_time on core_audit_event (tenant_id, occurred_at desc);
create index core_audit_event_object on core_audit_event (object_type, object_id);

create function core_audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'core_audit_event is append-only: % refused', tg_op;
end;
$$;
create trigger core_audit_event_no_update
    before update or delete on core_audit_event
    for each row execute function core_audit_event_is_append_only();
create trigger core_audit_event_no_truncate
    before truncate on core_audit_event
    for each statement execute function core_audit_event_is_append_only();

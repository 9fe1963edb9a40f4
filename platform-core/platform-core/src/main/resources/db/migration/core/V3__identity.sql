-- Identity: single-use tokens (e-mail confirmation, password reset, agent invitation), links to external
-- identity providers (FranceConnect, ProConnect), throttling of failed sign-ins, erased accounts.

alter table core_account add column erased_at timestamptz;

-- Single-use secrets sent by mail. Only their SHA-256 is stored.
create sequence core_one_time_token_seq start with 50 increment by 50;
create table core_one_time_token (
    id          bigint       primary key,
    token_hash  varchar(64)  not null unique,
    purpose     varchar(32)  not null,
    account_id  bigint       not null references core_account (id),
    tenant_id   varchar(40)  references core_tenant (id),
    payload     text         not null default '{}',
    expires_at  timestamptz  not null,
    used_at     timestamptz,
    created_at  timestamptz  not null default now(),
    constraint core_one_time_token_purpose check (purpose in ('EMAIL_CONFIRMATION', 'PASSWORD_RESET', 'AGENT_INVITATION'))
);
create index core_one_time_token_account on core_one_time_token (account_id, purpose);

-- An account's identity at an external provider: FranceConnect's pairwise subject, ProConnect's subject.
create sequence core_account_link_seq start with 50 increment by 50;
create table core_account_link (
    id          bigint       primary key,
    account_id  bigint       not null references core_account (id),
    provider    varchar(20)  not null,
    subject     varchar(255) not null,
    created_at  timestamptz  not null default now(),
    constraint core_account_link_subject unique (provider, subject)
);
create index core_account_link_account on core_account_link (account_id);

-- Failed sign-ins per account and per address, in a sliding window, for throttling across nodes.
create table core_login_failure (
    throttle_key      varchar(400) primary key,
    window_started_at timestamptz  not null,
    failures          integer      not null,
    locked_until      timestamptz
);

-- How the platform's staff want the plugin's mails: one by one, at once (default), or in a daily digest.
create table exp_notification_preference (
    account_id   bigint       primary key references core_account (id),
    daily_digest boolean      not null,
    updated_at   timestamptz  not null
);

-- What waits for the next daily digest of a person.
create sequence exp_digest_item_seq start with 50 increment by 50;
create table exp_digest_item (
    id         bigint        primary key,
    account_id bigint        not null references core_account (id),
    email      varchar(320)  not null,
    line       varchar(600)  not null,
    link       varchar(1000) not null,
    created_at timestamptz   not null,
    sent_at    timestamptz
);
create index exp_digest_item_pending on exp_digest_item (account_id, created_at) where sent_at is null;

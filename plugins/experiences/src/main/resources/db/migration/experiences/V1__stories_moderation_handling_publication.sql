-- Experiences plugin, first version.
--
-- Who owns what (see DESIGN.md §2b):
--  * platform-wide: the story as the citizen wrote it and its moderation (moderators are a third party
--    to every network, and one story may concern several networks), the comments every party sees,
--    the deliveries of published stories to networks, and the public read model;
--  * tenant-owned (tenant_id + row-level security): each network's handling of a story, its "case":
--    which inbox holds it, its status, its qualification, the answer before publication, the routing.
-- Sequences start at 50 and grow by 50, as the core's (EclipseLink reads blocks of 50 ids).

-- French full-text search that ignores accents: "demarche" finds "démarche".
create text search configuration exp_french (copy = french);
alter text search configuration exp_french
    alter mapping for hword, hword_part, word with unaccent, french_stem;

-- The reasons a moderator may give for not publishing a story: a list the moderators manage.
create table exp_rejection_reason (
    code     varchar(40)  primary key,
    label    varchar(200) not null,
    active   boolean      not null default true,
    position integer      not null
);
insert into exp_rejection_reason (code, label, position) values
    ('hors-sujet', 'Hors sujet : ne concerne pas un service public administratif', 10),
    ('situation-individuelle', 'Situation individuelle ou démarche en cours : à adresser directement au service', 20),
    ('pas-une-experience', 'Ne raconte pas une expérience', 30),
    ('propos-injurieux', 'Propos injurieux, diffamatoires ou discriminatoires', 40),
    ('mise-en-cause-agent', 'Mise en cause nominative d''un agent', 50),
    ('donnees-personnelles', 'Données personnelles impossibles à retirer sans dénaturer le récit', 60),
    ('doublon', 'Expérience déjà déposée', 70),
    ('autre', 'Autre motif, précisé dans le message', 80);

-- A citizen's story, from the first submission to its publication or rejection.
create sequence exp_story_seq start with 50 increment by 50;
create table exp_story (
    id                   bigint        primary key,
    status               varchar(24)   not null,
    title                varchar(120)  not null,
    body                 varchar(1000) not null,
    author_kind          varchar(24)   not null,
    feeling              varchar(8)    not null,
    departement_code     varchar(3),
    postal_code          varchar(5),
    -- the author: an account, or an e-mail address confirmed by a link (never published)
    author_account_id    bigint        references core_account (id),
    author_email         varchar(320),
    email_confirmed_at   timestamptz,
    -- moderation
    moderation_outcome   varchar(24),
    proposed_title       varchar(120),
    proposed_body        varchar(1000),
    published_title      varchar(120),
    published_body       varchar(1000),
    rejection_reason     varchar(40)   references exp_rejection_reason (code),
    moderator_message    varchar(2000),
    moderated_by         bigint        references core_account (id),
    moderated_at         timestamptz,
    -- where the story comes from: the portal, a network's button, a partner site, an online procedure
    origin               varchar(40)   not null default 'portail',
    origin_procedure     varchar(120),
    submission_key       varchar(64)   not null unique,
    submitted_at         timestamptz   not null,
    published_at         timestamptz,
    similar_count        integer       not null default 0,
    created_at           timestamptz   not null default now(),
    updated_at           timestamptz   not null default now(),
    version              bigint        not null default 0,
    constraint exp_story_status check (status in
        ('AWAITING_EMAIL', 'SUBMITTED', 'REWRITE_PROPOSED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN')),
    constraint exp_story_feeling check (feeling in ('POSITIF', 'NEUTRE', 'NEGATIF')),
    constraint exp_story_has_author check (author_account_id is not null or author_email is not null
        or status in ('PUBLISHED', 'REJECTED', 'WITHDRAWN'))
);
create index exp_story_queue on exp_story (submitted_at, id) where status in ('SUBMITTED', 'REWRITE_PROPOSED');
create index exp_story_author on exp_story (author_account_id) where author_account_id is not null;
create index exp_story_status_time on exp_story (status, submitted_at);

-- Keys of the links that let an author without an account follow their story: each mail carries a new
-- one (the database keeps only their hashes, so it cannot write an old link again).
create table exp_follow_key (
    key_hash   varchar(64)  primary key,
    story_id   bigint       not null references exp_story (id),
    created_at timestamptz  not null
);
create index exp_follow_key_story on exp_follow_key (story_id);

-- The networks and services a story concerns (step 2 of the wizard), one row per network at least.
create table exp_story_target (
    story_id   bigint       not null references exp_story (id),
    tenant_id  varchar(40)  not null references core_tenant (id),
    unit_id    bigint       references core_org_unit (id),
    unit_name  varchar(300),
    constraint exp_story_target_once unique (story_id, tenant_id, unit_id)
);
create index exp_story_target_story on exp_story_target (story_id);

-- The contact channels the citizen used, with their feeling for each.
create table exp_story_channel (
    story_id bigint      not null references exp_story (id),
    channel  varchar(40) not null,
    feeling  varchar(8),
    primary key (story_id, channel)
);

-- The procedures (démarches) the story is about, from the procedure catalogue.
create table exp_story_procedure (
    story_id  bigint       not null references exp_story (id),
    code      varchar(80)  not null,
    label     varchar(200) not null,
    tenant_id varchar(40),
    primary key (story_id, code)
);

-- Everything that happened to a story that its author and the moderators may see.
create sequence exp_story_event_seq start with 50 increment by 50;
create table exp_story_event (
    id          bigint        primary key,
    story_id    bigint        not null references exp_story (id),
    occurred_at timestamptz   not null,
    kind        varchar(40)   not null,
    actor       varchar(320)  not null,
    details     varchar(2000)
);
create index exp_story_event_story on exp_story_event (story_id, occurred_at);

-- A wizard's draft, kept server-side under a random key held in a long-lived cookie, so that nothing
-- typed is lost to a reload or a session timeout.
create table exp_draft (
    key_hash   varchar(64)   primary key,
    account_id bigint        references core_account (id),
    payload    text          not null,
    updated_at timestamptz   not null
);
create index exp_draft_age on exp_draft (updated_at);

-- Comments on a story, seen by the moderators and by every network the story concerns.
create sequence exp_comment_seq start with 50 increment by 50;
create table exp_comment (
    id          bigint        primary key,
    story_id    bigint        not null references exp_story (id),
    tenant_id   varchar(40)   references core_tenant (id),
    unit_name   varchar(300),
    author      varchar(200)  not null,
    body        varchar(4000) not null,
    created_at  timestamptz   not null
);
create index exp_comment_story on exp_comment (story_id, created_at);

-- Deliveries of published (or transferred) stories to a network's inbox. Written in the transaction that
-- publishes; each is carried out in a transaction of its own, bound to the receiving network.
create sequence exp_delivery_seq start with 50 increment by 50;
create table exp_delivery (
    id             bigint        primary key,
    story_id       bigint        not null references exp_story (id),
    tenant_id      varchar(40)   not null references core_tenant (id),
    unit_id        bigint        references core_org_unit (id),
    from_tenant_id varchar(40)   references core_tenant (id),
    reason         varchar(1000),
    created_at     timestamptz   not null,
    delivered_at   timestamptz,
    attempts       integer       not null default 0,
    last_error     varchar(1000)
);
create index exp_delivery_pending on exp_delivery (created_at) where delivered_at is null;

-- A network's handling of a story: the inbox that holds it and where it stands.
create sequence exp_case_seq start with 50 increment by 50;
create table exp_case (
    id                  bigint        primary key,
    tenant_id           varchar(40)   not null references core_tenant (id),
    story_id            bigint        not null references exp_story (id),
    unit_id             bigint        not null references core_org_unit (id),
    status              varchar(24)   not null,
    claimed_by          bigint        references core_account (id),
    received_at         timestamptz   not null,
    due_at              timestamptz   not null,
    answered_at         timestamptz,
    escalated_at        timestamptz,
    -- the agent's qualification: general and business tags, channels, each "code:FEELING", comma-separated
    tags                varchar(2000) not null default '',
    channels            varchar(1000) not null default '',
    improvement_note    varchar(2000),
    updated_at          timestamptz   not null,
    version             bigint        not null default 0,
    constraint exp_case_status check (status in
        ('NEW', 'IN_PROGRESS', 'AWAITING_VALIDATION', 'ANSWERED', 'TRANSFERRED')),
    constraint exp_case_once unique (tenant_id, story_id, unit_id)
);
create index exp_case_inbox on exp_case (tenant_id, unit_id, status, received_at);
create index exp_case_story on exp_case (story_id);
create index exp_case_due on exp_case (tenant_id, due_at) where status in ('NEW', 'IN_PROGRESS', 'AWAITING_VALIDATION');

-- The answer of one concerned entity, from draft to publication.
create sequence exp_answer_seq start with 50 increment by 50;
create table exp_answer (
    id              bigint        primary key,
    tenant_id       varchar(40)   not null references core_tenant (id),
    case_id         bigint        not null unique references exp_case (id),
    body            varchar(4000) not null default '',
    courtesy        varchar(300),
    signature       varchar(300),
    answer_status   varchar(80),
    state           varchar(24)   not null,
    drafted_by      bigint        references core_account (id),
    submitted_at    timestamptz,
    reviewed_by     bigint        references core_account (id),
    review_comment  varchar(2000),
    published_at    timestamptz,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0,
    constraint exp_answer_state check (state in ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED'))
);

-- Moves of a case inside the tree, and transfers to other networks, with their reason.
create sequence exp_routing_seq start with 50 increment by 50;
create table exp_routing (
    id           bigint        primary key,
    tenant_id    varchar(40)   not null references core_tenant (id),
    case_id      bigint        not null references exp_case (id),
    from_unit_id bigint        references core_org_unit (id),
    to_unit_id   bigint        references core_org_unit (id),
    to_tenant_id varchar(40)   references core_tenant (id),
    reason       varchar(1000) not null,
    actor        varchar(320)  not null,
    occurred_at  timestamptz   not null
);
create index exp_routing_case on exp_routing (case_id, occurred_at);

-- Row-level security on every tenant-owned table.
do $$
declare t text;
begin
    foreach t in array array['exp_case', 'exp_answer', 'exp_routing'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (tenant_id = current_setting(''spplus.tenant_id'', true)) '
                       'with check (tenant_id = current_setting(''spplus.tenant_id'', true))',
                       t || '_tenant_isolation', t);
    end loop;
end
$$;

-- Public read model: only what may be public, written when a story, an answer or an action is published.
create table exp_public_story (
    story_id          bigint        primary key references exp_story (id),
    title             varchar(120)  not null,
    body              varchar(1000) not null,
    feeling           varchar(8)    not null,
    author_label      varchar(60)   not null,
    author_kind       varchar(24)   not null,
    departement_code  varchar(3),
    tenant_ids        varchar(40)[] not null,
    unit_ids          bigint[]      not null default '{}',
    channels          varchar(40)[] not null default '{}',
    procedures        varchar(80)[] not null default '{}',
    written_at        timestamptz   not null,
    published_at      timestamptz   not null,
    first_answer_at   timestamptz,
    answer_count      integer       not null default 0,
    similar_count     integer       not null default 0,
    search            tsvector generated always as (
        setweight(to_tsvector('exp_french'::regconfig, title), 'A') ||
        setweight(to_tsvector('exp_french'::regconfig, body), 'B')) stored
);
create index exp_public_story_latest on exp_public_story (published_at desc, story_id desc);
create index exp_public_story_tenants on exp_public_story using gin (tenant_ids);
create index exp_public_story_channels on exp_public_story using gin (channels);
create index exp_public_story_procedures on exp_public_story using gin (procedures);
create index exp_public_story_units on exp_public_story using gin (unit_ids);
create index exp_public_story_search on exp_public_story using gin (search);
create index exp_public_story_departement on exp_public_story (departement_code, published_at desc, story_id desc);

-- The networks of each published story, for the per-network lists in publication order (keyset pages).
create table exp_public_story_network (
    tenant_id    varchar(40) not null references core_tenant (id),
    published_at timestamptz not null,
    story_id     bigint      not null references exp_public_story (story_id),
    primary key (tenant_id, published_at, story_id)
);

create sequence exp_public_answer_seq start with 50 increment by 50;
create table exp_public_answer (
    id            bigint        primary key,
    story_id      bigint        not null references exp_public_story (story_id),
    tenant_id     varchar(40)   not null references core_tenant (id),
    case_id       bigint        not null unique,
    unit_name     varchar(300)  not null,
    network_name  varchar(200)  not null,
    body          varchar(4000) not null,
    courtesy      varchar(300),
    signature     varchar(300),
    published_at  timestamptz   not null,
    -- the author's rating of the answer
    useful        boolean,
    rated_at      timestamptz
);
create index exp_public_answer_story on exp_public_answer (story_id, published_at);
create index exp_public_answer_tenant on exp_public_answer (tenant_id, published_at);

-- "J'ai vécu une expérience similaire": once per browser (a random id in a cookie, stored hashed).
create table exp_similar_vote (
    story_id   bigint       not null references exp_story (id),
    voter_hash varchar(64)  not null,
    created_at timestamptz  not null,
    primary key (story_id, voter_hash)
);

-- Keys that sign the links of a network's "Je donne mon avis" button placed at the end of an online
-- procedure: the wizard then marks the story as following that procedure. Platform-wide (the public wizard
-- checks them); one per network, created on first use.
create table exp_button_key (
    tenant_id  varchar(40)  primary key references core_tenant (id),
    secret     varchar(64)  not null,
    created_at timestamptz  not null
);

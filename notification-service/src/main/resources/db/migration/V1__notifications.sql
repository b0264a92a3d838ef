-- Contacts: a projection of rapport.people.v1 (skills-service owns people). A deactivated person
-- gets nothing. user_name is compared without regard to case.
create table contacts (
    person_id     uuid primary key,
    user_name     text        not null,
    display_name  text        not null,
    email         text,
    chat_handle   text,
    locale        text,
    timezone      text,
    manager_user_name text,
    team_ids      text[]      not null default '{}',
    active        boolean     not null,
    -- updatedAt of the person event applied last: an older event changes nothing.
    source_updated_at timestamptz not null,
    updated_at    timestamptz not null
);
create unique index contacts_user_name_key on contacts (lower(user_name));

-- What a person chose (they manage their own; admins any). Absent row = defaults.
-- channels: {"<MessageKind>": ["EMAIL","IN_APP",...]}; opt_outs: event types they do not want;
-- quiet hours in the person's timezone; digest IMMEDIATE, HOURLY or DAILY (at digest_time).
-- Addresses a person adds themselves: email (overrides HR's), chat_webhook_url (their own incoming webhook).
create table preferences (
    user_name         text primary key,
    channels          jsonb       not null default '{}'::jsonb,
    opt_outs          text[]      not null default '{}',
    quiet_start       time,
    quiet_end         time,
    digest            text        not null default 'IMMEDIATE' check (digest in ('IMMEDIATE', 'HOURLY', 'DAILY')),
    digest_time       time        not null default '08:00',
    email             text,
    chat_webhook_url  text,
    version           integer     not null default 0,
    updated_at        timestamptz not null
);
create unique index preferences_user_name_key on preferences (lower(user_name));

-- Who hears which ticket events (admins edit). audience: REQUESTER, WATCHER, ASSIGNEE, TEAM,
-- END_USER, BUSINESS_OWNER, EXECUTIVE, IT. delivery: IMMEDIATE, DIGEST (daily digest) or NONE.
-- min_priority: only tickets at this priority or higher (P1 highest); null = any.
create table audience_rules (
    id            uuid primary key,
    audience      text        not null,
    event_type    text        not null,
    min_priority  text check (min_priority in ('P1', 'P2', 'P3', 'P4')),
    delivery      text        not null check (delivery in ('IMMEDIATE', 'DIGEST', 'NONE')),
    version       integer     not null default 0,
    updated_by    text        not null,
    updated_at    timestamptz not null,
    unique (audience, event_type)
);

-- Chat rooms and external systems that receive events (admin, integration).
create table subscriptions (
    id                uuid primary key,
    kind              text        not null check (kind in ('CHAT', 'WEBHOOK')),
    url               text        not null,
    secret            text,
    event_types       text[]      not null,
    business_service_id uuid,
    team_id           text,
    include_internal  boolean     not null default false,
    active            boolean     not null default true,
    created_by        text        not null,
    created_at        timestamptz not null,
    version           integer     not null default 0
);

-- One message to one recipient on one channel. event_id + recipient + channel is unique, so the
-- same event never produces the same message twice (also across a restart mid-batch).
-- recipient: a userName, or 'subscription:<id>'. status: PENDING (to send at next_attempt_at),
-- SENT, FAILED (will retry), DEAD (gave up; admins may replay), DIGEST (waiting for digest_id's send),
-- SUPPRESSED (opted out; kept so the decision is visible).
create table deliveries (
    id               uuid primary key,
    event_id         text        not null,
    event_type       text        not null,
    ticket_id        uuid,
    ticket_key       text,
    recipient        text        not null,
    person_id        uuid,
    subscription_id  uuid references subscriptions (id) on delete set null,
    audience         text        not null,
    channel          text        not null check (channel in ('EMAIL', 'CHAT', 'WEBHOOK', 'IN_APP')),
    address          text,
    locale           text,
    critical         boolean     not null default false,
    subject          text        not null,
    body_text        text        not null,
    body_html        text,
    payload          text,
    status           text        not null check (status in ('PENDING', 'SENT', 'FAILED', 'DEAD', 'DIGEST', 'SUPPRESSED')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz,
    last_error       text,
    digest_id        uuid references deliveries (id) on delete set null,
    created_at       timestamptz not null,
    sent_at          timestamptz,
    read_at          timestamptz,
    version          integer     not null default 0,
    unique (event_id, recipient, channel)
);
create index deliveries_due on deliveries (next_attempt_at) where status in ('PENDING', 'FAILED');
create index deliveries_inbox on deliveries (lower(recipient), created_at desc) where channel = 'IN_APP';
create index deliveries_ticket on deliveries (ticket_id);
create index deliveries_person on deliveries (person_id);
create index deliveries_digest_waiting on deliveries (lower(recipient)) where status = 'DIGEST';

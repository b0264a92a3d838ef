-- Ticket-service schema. Support tables (outbox, processed events, idempotency keys) come
-- from rapport-support's db/support migrations.

create sequence ticket_key_seq start with 1001;

create table business_services (
    id          uuid primary key,
    name        varchar(120) not null,
    description varchar(2000),
    owner       varchar(255),
    version     bigint not null default 0,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create unique index business_services_name_uq on business_services (lower(name));

create table business_service_stakeholders (
    service_id uuid not null references business_services (id) on delete cascade,
    user_name  varchar(255) not null,
    level      varchar(20) not null,
    primary key (service_id, user_name, level)
);

-- Impact x urgency -> priority; admins edit it through /api/v1/priority-matrix.
create table priority_matrix (
    impact   varchar(10) not null,
    urgency  varchar(10) not null,
    priority varchar(2)  not null,
    primary key (impact, urgency)
);
insert into priority_matrix (impact, urgency, priority) values
    ('HIGH', 'HIGH', 'P1'), ('HIGH', 'MEDIUM', 'P2'), ('HIGH', 'LOW', 'P3'),
    ('MEDIUM', 'HIGH', 'P2'), ('MEDIUM', 'MEDIUM', 'P3'), ('MEDIUM', 'LOW', 'P4'),
    ('LOW', 'HIGH', 'P3'), ('LOW', 'MEDIUM', 'P4'), ('LOW', 'LOW', 'P4');

create table tickets (
    id                    uuid primary key,
    ticket_key            varchar(20) not null unique,
    type                  varchar(20) not null,
    title                 varchar(200) not null,
    description           text not null,
    impact                varchar(10) not null,
    urgency               varchar(10) not null,
    priority              varchar(2) not null,
    status                varchar(30) not null,
    requester             varchar(255) not null,
    assignee              varchar(255),
    team_id               varchar(100),
    business_service_id   uuid references business_services (id),
    business_service_name varchar(120),
    category              varchar(100),
    required_skills       text[] not null default '{}',
    tasks_total           int not null default 0,
    tasks_completed       int not null default 0,
    resolution            text,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    resolved_at           timestamptz,
    closed_at             timestamptz,
    version               bigint not null default 0
);
create index tickets_created_idx on tickets (created_at desc, id desc);
create index tickets_updated_idx on tickets (updated_at desc, id desc);
create index tickets_requester_idx on tickets (requester);
create index tickets_assignee_idx on tickets (assignee) where assignee is not null;
create index tickets_status_idx on tickets (status);

-- Watchers and stakeholders, by level (WATCHER, EXECUTIVE, BUSINESS_OWNER, END_USER, IT).
create table ticket_participants (
    ticket_id uuid not null references tickets (id) on delete cascade,
    user_name varchar(255) not null,
    level     varchar(20) not null,
    primary key (ticket_id, user_name, level)
);
create index ticket_participants_user_idx on ticket_participants (user_name);

create table ticket_updates (
    id         uuid primary key,
    ticket_id  uuid not null references tickets (id) on delete cascade,
    visibility varchar(10) not null,
    body       text not null,
    author     varchar(255) not null,
    automatic  boolean not null default false,
    created_at timestamptz not null
);
create index ticket_updates_ticket_idx on ticket_updates (ticket_id, created_at);

create table ticket_tasks (
    id           uuid primary key,
    ticket_id    uuid not null references tickets (id) on delete cascade,
    position     int not null,
    title        varchar(200) not null,
    completed_at timestamptz,
    completed_by varchar(255),
    created_at   timestamptz not null
);
create index ticket_tasks_ticket_idx on ticket_tasks (ticket_id, position);

-- The audit timeline. internal = true entries (work notes) are never shown to requesters.
create table ticket_history (
    id        bigserial primary key,
    ticket_id uuid not null references tickets (id) on delete cascade,
    at        timestamptz not null,
    actor     varchar(255) not null,
    action    varchar(40) not null,
    field     varchar(40),
    old_value text,
    new_value text,
    internal  boolean not null default false
);
create index ticket_history_ticket_idx on ticket_history (ticket_id, id);

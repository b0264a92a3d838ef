-- People and teams, provisioned from HR over SCIM 2.0 (RFC 7643). userName is unique without
-- regard to case (RFC 7643 §4.1.1: caseExact false), so it is compared through lower().
create table people (
    id               uuid primary key,
    user_name        text        not null,
    external_id      text,
    display_name     text,
    given_name       text,
    family_name      text,
    formatted_name   text,
    email            text,
    chat_handle      text,
    title            text,
    locale           text,
    timezone         text,
    department       text,
    employee_number  text,
    manager_id       uuid references people (id) on delete set null,
    active           boolean     not null default true,
    -- What the provisioning client sent that has no column (emails, ims, phoneNumbers, addresses ...),
    -- kept as SCIM JSON so that a GET gives back what was put.
    scim_attributes  jsonb       not null default '{}'::jsonb,
    version          integer     not null default 0,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);
create unique index people_user_name_key on people (lower(user_name));
create unique index people_external_id_key on people (external_id) where external_id is not null;
create index people_manager on people (manager_id);

create table teams (
    id            uuid primary key,
    display_name  text        not null,
    external_id   text,
    version       integer     not null default 0,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);
create unique index teams_display_name_key on teams (lower(display_name));
create unique index teams_external_id_key on teams (external_id) where external_id is not null;

create table team_members (
    team_id    uuid not null references teams (id) on delete cascade,
    person_id  uuid not null references people (id) on delete cascade,
    primary key (team_id, person_id)
);
create index team_members_person on team_members (person_id);

-- The skill catalogue. Names are unique without regard to case: tickets name skills by name.
create table skills (
    id           uuid primary key,
    name         text        not null,
    category     text,
    description  text,
    version      integer     not null default 0,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create unique index skills_name_key on skills (lower(name));

-- A person's current level per skill (1 awareness .. 5 expert) and where it came from.
create table person_skills (
    person_id    uuid        not null references people (id) on delete cascade,
    skill_id     uuid        not null references skills (id) on delete cascade,
    level        smallint    not null check (level between 1 and 5),
    source       text        not null check (source in ('SELF', 'MANAGER', 'TRAINING', 'EVIDENCE')),
    verified_by  text,
    verified_at  timestamptz,
    version      integer     not null default 0,
    updated_at   timestamptz not null,
    primary key (person_id, skill_id)
);
create index person_skills_skill on person_skills (skill_id, level);

-- Every change of a person's level or its verification, never rewritten.
create table person_skill_history (
    id              bigserial primary key,
    person_id       uuid        not null references people (id) on delete cascade,
    skill_id        uuid        not null references skills (id) on delete cascade,
    previous_level  smallint,
    level           smallint,
    source          text        not null,
    verified_by     text,
    actor           text        not null,
    note            text,
    changed_at      timestamptz not null
);
create index person_skill_history_person on person_skill_history (person_id, skill_id, changed_at);

-- What a team needs: headcount at or above a level of a skill.
create table team_requirements (
    team_id        uuid        not null references teams (id) on delete cascade,
    skill_id       uuid        not null references skills (id) on delete cascade,
    minimum_level  smallint    not null check (minimum_level between 1 and 5),
    headcount      integer     not null check (headcount between 1 and 1000),
    version        integer     not null default 0,
    updated_by     text        not null,
    updated_at     timestamptz not null,
    primary key (team_id, skill_id)
);

-- The severity each team gap had when last announced, so that only openings, closings and
-- changes of severity are published.
create table skill_gap_states (
    team_id      uuid        not null references teams (id) on delete cascade,
    skill_id     uuid        not null references skills (id) on delete cascade,
    severity     text        not null,
    changed_at   timestamptz not null,
    primary key (team_id, skill_id)
);

create table training_plans (
    id                uuid primary key,
    person_id         uuid        not null references people (id) on delete cascade,
    skill_id          uuid        not null references skills (id) on delete cascade,
    start_level       smallint    not null check (start_level between 0 and 5),
    target_level      smallint    not null check (target_level between 1 and 5),
    due_date          date,
    resource          text,
    progress_percent  smallint    not null default 0 check (progress_percent between 0 and 100),
    status            text        not null check (status in ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
    assigned_by       text        not null,
    assigned_at       timestamptz not null,
    completed_at      timestamptz,
    version           integer     not null default 0
);
create index training_plans_person on training_plans (person_id, status);
-- One open plan per person and skill.
create unique index training_plans_open on training_plans (person_id, skill_id)
    where status in ('ASSIGNED', 'IN_PROGRESS');

-- Periods a person cannot take work (leave, training, on call elsewhere).
create table unavailability (
    id          uuid primary key,
    person_id   uuid        not null references people (id) on delete cascade,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    reason      text,
    created_by  text        not null,
    created_at  timestamptz not null,
    check (ends_at > starts_at)
);
create index unavailability_person on unavailability (person_id, ends_at);

-- Tickets as seen on rapport.tickets.v1: enough for demand, open load and evidence of practice.
-- assignee is a userName (people are matched by lower(user_name)).
create table tickets (
    id           uuid primary key,
    ticket_key   text        not null,
    status       text        not null,
    priority     text        not null,
    assignee     text,
    team_id      text,
    opened_at    timestamptz not null,
    resolved_at  timestamptz,
    updated_at   timestamptz not null
);
create index tickets_assignee_open on tickets (lower(assignee)) where status not in ('RESOLVED', 'CLOSED', 'CANCELLED');
create index tickets_opened on tickets (opened_at);

-- Each skill a ticket requires, as the ticket named it (catalogue id or name) and, when the
-- catalogue knows it, the skill it resolved to. unmet: nobody available held the skill when the
-- ticket was opened.
create table ticket_skills (
    ticket_id   uuid    not null references tickets (id) on delete cascade,
    skill_ref   text    not null,
    skill_id    uuid    references skills (id) on delete set null,
    unmet       boolean not null,
    primary key (ticket_id, skill_ref)
);
create index ticket_skills_skill on ticket_skills (skill_id);

-- Evidence of practice: a person resolved a ticket that required a skill.
create table skill_evidence (
    ticket_id    uuid        not null references tickets (id) on delete cascade,
    person_id    uuid        not null references people (id) on delete cascade,
    skill_id     uuid        not null references skills (id) on delete cascade,
    resolved_at  timestamptz not null,
    primary key (ticket_id, person_id, skill_id)
);
create index skill_evidence_person on skill_evidence (person_id, skill_id);

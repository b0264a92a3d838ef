-- Staff pulse surveys (domain.pulse): what a lead schedules for a team, its rounds, who was
-- invited to each, and the answers, which are anonymous by construction.
create table pulse_surveys (
    id             uuid        primary key,
    team_id        text        not null, -- TeamRoster's team id (what tickets carry as teamId)
    title          text        not null,
    opens_at       timestamptz not null, -- round 1; round n opens n - 1 periods later
    closes_at      timestamptz not null, -- round 1; each round is open as long
    recurrence     text        not null, -- NONE, WEEKLY, MONTHLY, QUARTERLY
    statements     text[]      not null, -- up to five 1-5 statements after the eNPS question
    next_round     integer     not null, -- the round to open next
    next_opens_at  timestamptz,          -- when it opens; null when no round is left to open
    created_by     text        not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        integer     not null
);
create index pulse_surveys_team on pulse_surveys (team_id, id);
create index pulse_surveys_due on pulse_surveys (next_opens_at) where next_opens_at is not null;

create table pulse_rounds (
    pulse_id  uuid        not null references pulse_surveys (id) on delete cascade,
    round     integer     not null,
    opens_at  timestamptz not null,
    closes_at timestamptz not null,
    primary key (pulse_id, round)
);

-- Who was invited to a round, and only whether they answered: nothing else about the answer.
create table pulse_invitations (
    pulse_id uuid    not null,
    round    integer not null,
    person   text    not null, -- userName, normalised (UserNames)
    answered boolean not null,
    primary key (pulse_id, round, person),
    foreign key (pulse_id, round) references pulse_rounds (pulse_id, round) on delete cascade
);

-- The answers: no person, no time finer than the round, and a random id (the only order they are
-- read in), so that no row lines up with the invitation that was marked answered with it.
create table pulse_answers (
    id       uuid       primary key default gen_random_uuid(),
    pulse_id uuid       not null,
    round    integer    not null,
    enps     smallint   not null check (enps between 0 and 10),
    scores   smallint[] not null,
    comment  text,
    foreign key (pulse_id, round) references pulse_rounds (pulse_id, round) on delete cascade
);
create index pulse_answers_round on pulse_answers (pulse_id, round);

-- Team names as people events carry them (TeamRef), so that business messages can say
-- "being worked on by the Network team" instead of a team id.
create table team_names (
    team_id     text primary key,
    name        text        not null,
    updated_at  timestamptz not null
);

-- A person may set their own time zone and language for messages; null = HR's (contacts).
alter table preferences add column timezone text;
alter table preferences add column locale text;

-- The team roster (TeamRoster): people and teams as skills-service announces them on
-- rapport.people.v1. A team is named by its SCIM Group id as text (TeamChanged.teamId,
-- PersonSnapshot.teams[].id), which is what tickets carry as teamId.
create table roster_people (
    person_id         uuid        primary key,
    user_name         text        not null, -- normalised (UserNames): stripped, lower case
    lead              boolean     not null,
    staff             boolean     not null,
    active            boolean     not null,
    -- The person's updatedAt as last applied: an older event changes nothing.
    source_updated_at timestamptz not null,
    updated_at        timestamptz not null
);
create index roster_people_user_name on roster_people (user_name);

create table roster_teams (
    team_id           text        primary key,
    name              text        not null,
    -- SCIM Group ids are never reused: a deleted team stays deleted whatever arrives later.
    deleted           boolean     not null default false,
    source_updated_at timestamptz not null,
    updated_at        timestamptz not null
);

-- Membership per team and person, whichever event told it last (the person's team list or the
-- team's member list, by the updatedAt each carries); member false remembers a leave, so that a
-- late event about an earlier state cannot bring a member back.
create table roster_memberships (
    team_id   text        not null,
    person_id uuid        not null,
    member    boolean     not null,
    as_of     timestamptz not null,
    primary key (team_id, person_id)
);
create index roster_memberships_person on roster_memberships (person_id) where member;

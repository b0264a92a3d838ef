-- Append-only facts: one row per thing that happened, from every topic (and facts:import). A
-- fact's id derives from the event's ce_id and the fact's kind, so it is never counted twice.
-- Facts are never updated or deleted.
create table facts (
  id uuid primary key,
  kind text not null,
  label text,
  occurred_at timestamptz not null,
  team_id text,
  business_service_id uuid,
  priority text,
  subject text not null,
  measure double precision not null,
  source_event_id text
);

create index facts_occurred_at on facts (occurred_at);

-- A projection per ticket of what later facts need (opening, first response, first assignee,
-- reopen, running and late spans for the update cadence). Facts stay append-only.
create table ticket_states (
  ticket_id uuid primary key,
  created_at timestamptz not null,
  status text not null,
  requester text,
  team_id text,
  business_service_id uuid,
  priority text,
  first_response_at timestamptz,
  first_assignee text,
  reassigned boolean not null default false,
  in_backlog boolean not null default false,
  running_since timestamptz,
  late_since timestamptz,
  update_breached boolean not null default false,
  response_state text,
  resolution_state text
);

-- The rating each survey was last given, so a revision replaces it in the CSAT figures.
create table survey_ratings (
  survey_id uuid primary key,
  rating int not null,
  answered_at timestamptz not null,
  team_id text,
  business_service_id uuid,
  priority text
);

-- Roll-ups per day x team x business service x priority x series, kept current as facts arrive
-- (insert ... on conflict do update, in the fact's transaction). '' stands for "none" in the key.
-- n counts facts (signed), total sums their measures, buckets is the mergeable histogram of
-- durations (Histogram: 4 log-spaced buckets per doubling) or null.
create table rollups (
  day date not null,
  team_id text not null,
  business_service_id text not null,
  priority text not null,
  series text not null,
  n bigint not null,
  total double precision not null,
  buckets bigint[],
  primary key (day, team_id, business_service_id, priority, series)
);

create index rollups_team_day on rollups (team_id, day);
create index rollups_service_day on rollups (business_service_id, day);

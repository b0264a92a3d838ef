-- Alerts raised (issue 11): at most one per team, metric and window (the unique key), so a
-- second run or a second replica inserts nothing and announces nothing.
create table engagement_alerts (
  id uuid primary key,
  team_id text not null,
  metric text not null,
  window_key text not null,
  threshold double precision not null,
  observed double precision not null,
  raised_at timestamptz not null,
  unique (team_id, metric, window_key)
);

-- A team's own thresholds (absent: the defaults of rapport.engagement.alerts.*); version for
-- If-Match.
create table alert_thresholds (
  team_id text primary key,
  cadence_min double precision not null,
  csat_min double precision not null,
  enps_drop double precision not null,
  version bigint not null
);

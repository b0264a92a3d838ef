-- Roll-ups per day x team x series (business services and priorities added up), kept current with
-- rollups in the fact's transaction: a team's report reads a few dozen rows a day from here instead
-- of a row per business service, priority and series. Filled from rollups once.
create table team_rollups (
  day date not null,
  team_id text not null,
  series text not null,
  n bigint not null,
  total double precision not null,
  buckets bigint[],
  primary key (team_id, day, series)
);

insert into team_rollups (day, team_id, series, n, total, buckets)
  select r.day, r.team_id, r.series, sum(r.n), sum(r.total),
         (select array_agg(coalesce(s, 0) order by i)
            from (select u.i, sum(u.b) as s
                    from rollups r2 cross join unnest(r2.buckets) with ordinality as u(b, i)
                    where r2.day = r.day and r2.team_id = r.team_id and r2.series = r.series
                    group by u.i) as per_bucket)
  from rollups r
  group by r.day, r.team_id, r.series;

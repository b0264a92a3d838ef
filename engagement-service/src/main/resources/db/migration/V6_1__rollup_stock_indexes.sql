-- The stocks (open backlog, open skill gaps) a report adds up from every day before its range:
-- partial indexes holding only those series' rows, with what is summed, so that RollupReader's
-- stocks query of a team or a business service reads just them (index-only), not the scope's every
-- roll-up row of all history. The predicate is RollupReader's STOCKS condition, verbatim.
create index rollups_stocks_team on rollups (team_id, day) include (series, n, total)
  where series = 'BACKLOG' or series like 'GAP_OPEN:%';
create index rollups_stocks_service on rollups (business_service_id, day) include (series, n, total)
  where series = 'BACKLOG' or series like 'GAP_OPEN:%';
create index rollups_stocks_day on rollups (day) include (series, n, total)
  where series = 'BACKLOG' or series like 'GAP_OPEN:%';

-- A roll-up row is updated each time a fact of its key arrives. PostgreSQL updates a row in place
-- on its page (a HOT update, no new index entries) only when no index holds a column that changes.
-- The stock indexes of V6_1 hold n and total (so the stocks before a report's range are read
-- index-only), which made every update of every rollups row write a new entry into each of its six
-- indexes. The stocks (open backlog, open skill gaps) now live in a table of their own, with those
-- covering indexes; rollups keeps the flows, indexed only by columns that never change, and leaves
-- room on its pages for in-place updates. rollups_team_day was unused: the key leads with the day.
create table stock_rollups (like rollups);
alter table stock_rollups add primary key (day, team_id, business_service_id, priority, series);

insert into stock_rollups
  select day, team_id, business_service_id, priority, series, n, total, buckets
  from rollups where series = 'BACKLOG' or series like 'GAP_OPEN:%';
delete from rollups where series = 'BACKLOG' or series like 'GAP_OPEN:%';

drop index rollups_stocks_team;
drop index rollups_stocks_service;
drop index rollups_stocks_day;
drop index rollups_team_day;
alter table rollups set (fillfactor = 70);

create index stock_rollups_team on stock_rollups (team_id, day) include (series, n, total);
create index stock_rollups_service on stock_rollups (business_service_id, day)
  include (series, n, total);
create index stock_rollups_day on stock_rollups (day) include (series, n, total);

-- Skills whose demand changed (from the ticket consumer) and whose teams' gaps are due to be
-- recomputed. Recomputing on every ticket event would redo the same gaps thousands of times under
-- a burst; instead the consumer records the skill here in its own transaction and a job drains the
-- table every few seconds (GapSweep), so nothing is lost and each skill is recomputed once.
create table gap_refresh_requests (
    skill_id      uuid        primary key references skills (id) on delete cascade,
    requested_at  timestamptz not null
);

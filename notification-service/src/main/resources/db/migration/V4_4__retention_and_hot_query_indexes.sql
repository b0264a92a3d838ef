-- Indexes for the queries run on every event or page, and for the deliveries purge.
-- (Numbered 4_4 so that it orders after V3 and beside any other V4 of the same release.)

-- Team members of a ticket's team, on every ticket event (Recipients.teamMembers: team_ids @> ...).
create index contacts_team_ids on contacts using gin (team_ids);

-- GET /api/v1/deliveries (newest first, keyset on created_at, id) and the purge (oldest first).
create index deliveries_created on deliveries (created_at, id);

-- Deleting a digest sets its gathered messages' digest_id to null (on delete set null), and the
-- purge checks that a digest has no unfinished messages: both look rows up by digest_id.
create index deliveries_digest on deliveries (digest_id) where digest_id is not null;

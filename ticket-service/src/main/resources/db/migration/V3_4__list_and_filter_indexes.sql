-- Indexes for the ticket lists run on every page (TicketSearch).
-- (Numbered 3_4 so that it orders after V2 and beside any other V3 of the same release.)

-- Filters by team and by business service, newest first.
create index tickets_team_created_idx on tickets (team_id, created_at desc, id desc)
    where team_id is not null;
create index tickets_business_service_created_idx
    on tickets (business_service_id, created_at desc, id desc)
    where business_service_id is not null;

-- A requester's own list: tickets they raised, newest first (the visibility filter's first half;
-- the other half, tickets they watch or hold a stake in, uses ticket_participants_user_idx).
-- Replaces tickets_requester_idx, which is its prefix.
create index tickets_requester_created_idx on tickets (requester, created_at desc, id desc);
drop index tickets_requester_idx;

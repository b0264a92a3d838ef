-- The facts each ticket's SLA clocks are evaluated from, whatever the policy (domain/sla/SlaTracking
-- writes them from the journal's history lines): when it opened, its first public response by staff
-- and first assignment, every status it has been in, and every reset of the UPDATE clock.
create table ticket_sla_facts (
    ticket_id         uuid primary key references tickets (id) on delete cascade,
    opened_at         timestamptz not null,
    first_response_at timestamptz,
    first_assigned_at timestamptz
);

create table ticket_status_spans (
    id        uuid primary key,
    ticket_id uuid not null references tickets (id) on delete cascade,
    status    varchar(24) not null,
    from_at   timestamptz not null,
    -- null while it is the ticket's current status
    to_at     timestamptz,
    reason    text
);
create index ticket_status_spans_ticket_idx on ticket_status_spans (ticket_id, from_at);

create table ticket_update_resets (
    id        uuid primary key,
    ticket_id uuid not null references tickets (id) on delete cascade,
    at        timestamptz not null
);
create index ticket_update_resets_ticket_idx on ticket_update_resets (ticket_id, at);

-- The policy's name as shown in the ticket's sla (the summary carries the name, not the id).
alter table ticket_sla add column policy_name text;

-- Tickets raised before the SLA: taken as in their current status since they opened. Their clocks
-- (ticket_sla) are evaluated at their next change.
insert into ticket_sla_facts (ticket_id, opened_at)
select id, created_at from tickets;
insert into ticket_status_spans (id, ticket_id, status, from_at)
select gen_random_uuid(), id, status, created_at from tickets;

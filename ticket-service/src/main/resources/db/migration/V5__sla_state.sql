-- Each ticket's SLA state as last evaluated (domain/sla/SlaTracking writes it on every change and
-- every check). The facts the clocks are evaluated from live in their own tables; this row is what
-- lists filter and sort on and what the checker polls.
create table ticket_sla (
    ticket_id        uuid primary key references tickets (id) on delete cascade,
    policy_id        uuid,
    response_state   varchar(10) not null,
    resolution_state varchar(10) not null,
    update_state     varchar(10) not null,
    response_due     timestamptz,
    resolution_due   timestamptz,
    next_update_due  timestamptz,
    update_cycle     int not null default 1,
    -- the earliest due instant of a clock still counting (sort=nextDue, dueBefore=)
    next_due         timestamptz,
    -- a counting clock has passed a warning threshold but not its target
    at_risk          boolean not null default false,
    -- a clock (the current UPDATE cycle) is past its target
    breached         boolean not null default false,
    -- the next instant a warning or breach falls due and is not yet announced: the checker's queue
    next_check_at    timestamptz,
    evaluated_at     timestamptz not null
);
create index ticket_sla_next_check_idx on ticket_sla (next_check_at) where next_check_at is not null;
create index ticket_sla_next_due_idx on ticket_sla (next_due, ticket_id) where next_due is not null;
create index ticket_sla_at_risk_idx on ticket_sla (ticket_id) where at_risk;
create index ticket_sla_breached_idx on ticket_sla (ticket_id) where breached;

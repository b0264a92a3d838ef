-- What the SLA checker (domain/sla/SlaAnnouncements) has announced: one row per ticket, clock,
-- cycle and threshold (1 = the breach). The event is written to the outbox only when the insert
-- of its key wins (insert ... on conflict do nothing), so a warning or breach goes out exactly
-- once across restarts and replicas. A lower threshold passed together with a higher one (a
-- retroactive change) gets its row without an event.
create table sla_announcements (
    ticket_id    uuid not null references tickets (id) on delete cascade,
    clock        varchar(10) not null,
    cycle        int not null,
    threshold    numeric(6, 5) not null,
    announced_at timestamptz not null,
    -- the event's reason, or why none was sent
    reason       text not null,
    primary key (ticket_id, clock, cycle, threshold)
);

-- Why the checker must evaluate a ticket again before its next instant (e.g. "policy 'P1
-- critical' changed"); set by SlaRecheck, cleared when used.
alter table ticket_sla add column recheck_cause text;

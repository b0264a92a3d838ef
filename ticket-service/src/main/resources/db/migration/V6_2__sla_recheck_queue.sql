-- Rechecks (a policy or calendar change) are a queue of their own that the checker takes a batch
-- at a time between the instants falling due (domain/sla/SlaChecker), no longer next_check_at = now.
create index ticket_sla_recheck_idx on ticket_sla (ticket_id) where recheck_cause is not null;

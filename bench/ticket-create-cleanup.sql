-- Removes what bench/ticket-create.pgbench inserted (requester pgbench@bench.invalid).
-- PLACEHOLDER(outbox): table and column names as in ticket-create.pgbench.
DELETE FROM outbox
 WHERE message_key IN (SELECT id::text FROM tickets WHERE requester = 'pgbench@bench.invalid');
-- ticket_history rows go with their ticket (on delete cascade).
DELETE FROM tickets WHERE requester = 'pgbench@bench.invalid';

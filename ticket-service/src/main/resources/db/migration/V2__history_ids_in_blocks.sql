-- ticket-service takes history ids 50 at a time (a pooled sequence), so that history rows
-- are inserted in batches at flush instead of one by one.
alter sequence ticket_history_id_seq increment by 50;

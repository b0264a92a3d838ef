-- Indexes of rapport-support's tables added after V0_1. A repeatable migration, not V0_2: every
-- service lists db/support next to its own db/migration (V1, V2, ...), so a new V0_x would sort
-- before migrations a database has already applied and Flyway would refuse it (or need
-- out-of-order for every service). A repeatable runs after all versioned migrations, once per
-- change of this file; IF NOT EXISTS makes a rerun harmless.

-- The purge of processed_events (ProcessedEventsCleanup) reads the oldest rows first.
CREATE INDEX IF NOT EXISTS processed_events_processed_at ON processed_events (processed_at);

-- The minimum level a gap was announced at, so that a requirement removed while its gap is open
-- can still be announced as CLOSED with the level it asked for.
alter table skill_gap_states
    add column minimum_level smallint check (minimum_level between 1 and 5);

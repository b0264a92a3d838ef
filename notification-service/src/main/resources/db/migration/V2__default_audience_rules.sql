-- Default audience rules (issue 4, "Who hears what"); admins edit them through /api/v1/rules.
-- event_type is the CloudEvent type, except 'rapport.ticket.update-posted.v1#internal', which
-- matches INTERNAL work notes; 'rapport.ticket.update-posted.v1' matches PUBLIC updates only.
-- Internal notes never reach a non-IT audience whatever a rule says (enforced in code).
-- Progress is announced by task-completed; the automatic update-posted that follows it is not
-- announced a second time. A status change to RESOLVED is announced by resolved alone.
-- Executives: rules say DIGEST, and critical (P1) openings and resolutions bypass digests, so
-- they hear only those at once and everything else in their daily digest.
insert into audience_rules (id, audience, event_type, min_priority, delivery, updated_by, updated_at)
select gen_random_uuid(), r.audience, r.event_type, r.min_priority, r.delivery, 'flyway', now()
from (values
    ('REQUESTER',      'rapport.ticket.opened.v1',                  null, 'IMMEDIATE'),
    ('REQUESTER',      'rapport.ticket.update-posted.v1',           null, 'IMMEDIATE'),
    ('REQUESTER',      'rapport.ticket.task-completed.v1',          null, 'IMMEDIATE'),
    ('REQUESTER',      'rapport.ticket.status-changed.v1',          null, 'IMMEDIATE'),
    ('REQUESTER',      'rapport.ticket.resolved.v1',                null, 'IMMEDIATE'),
    ('WATCHER',        'rapport.ticket.update-posted.v1',           null, 'IMMEDIATE'),
    ('WATCHER',        'rapport.ticket.task-completed.v1',          null, 'IMMEDIATE'),
    ('WATCHER',        'rapport.ticket.status-changed.v1',          null, 'IMMEDIATE'),
    ('WATCHER',        'rapport.ticket.resolved.v1',                null, 'IMMEDIATE'),
    ('END_USER',       'rapport.ticket.opened.v1',                  null, 'IMMEDIATE'),
    ('END_USER',       'rapport.ticket.task-completed.v1',          null, 'IMMEDIATE'),
    ('END_USER',       'rapport.ticket.resolved.v1',                null, 'IMMEDIATE'),
    ('BUSINESS_OWNER', 'rapport.ticket.opened.v1',                  'P2', 'IMMEDIATE'),
    ('BUSINESS_OWNER', 'rapport.ticket.status-changed.v1',          null, 'IMMEDIATE'),
    ('BUSINESS_OWNER', 'rapport.ticket.resolved.v1',                null, 'IMMEDIATE'),
    ('EXECUTIVE',      'rapport.ticket.opened.v1',                  null, 'DIGEST'),
    ('EXECUTIVE',      'rapport.ticket.task-completed.v1',          null, 'DIGEST'),
    ('EXECUTIVE',      'rapport.ticket.resolved.v1',                null, 'DIGEST'),
    ('ASSIGNEE',       'rapport.ticket.assigned.v1',                null, 'IMMEDIATE'),
    ('ASSIGNEE',       'rapport.ticket.update-posted.v1#internal',  null, 'IMMEDIATE'),
    ('ASSIGNEE',       'rapport.ticket.reopened.v1',                null, 'IMMEDIATE'),
    ('TEAM',           'rapport.ticket.opened.v1',                  null, 'IMMEDIATE'),
    ('TEAM',           'rapport.ticket.assigned.v1',                null, 'IMMEDIATE'),
    ('TEAM',           'rapport.ticket.update-posted.v1#internal',  null, 'IMMEDIATE'),
    ('IT',             'rapport.ticket.assigned.v1',                null, 'IMMEDIATE'),
    ('IT',             'rapport.ticket.update-posted.v1#internal',  null, 'IMMEDIATE')
) as r (audience, event_type, min_priority, delivery);

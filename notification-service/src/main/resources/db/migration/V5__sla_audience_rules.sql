-- Default audience rules for SLA warnings and breaches (issue 10); admins edit them through
-- /api/v1/rules like the others.
-- Warnings go to IT: the assignee and the team. An UPDATE warning (the cadence) about an assigned
-- ticket is the assignee's alone; the team hears it only when nobody is assigned (in code,
-- Recipients), while RESPONSE and RESOLUTION warnings reach the assignee and the team.
-- Breaches go to the team's leads (team members with the lead role), and for P1 and P2 tickets to
-- the business owners too, in business words. A P1 breach bypasses quiet hours (Criticality).
insert into audience_rules (id, audience, event_type, min_priority, delivery, updated_by, updated_at)
select gen_random_uuid(), r.audience, r.event_type, r.min_priority, r.delivery, 'flyway', now()
from (values
    ('ASSIGNEE',       'rapport.ticket.sla-warning.v1',  null, 'IMMEDIATE'),
    ('TEAM',           'rapport.ticket.sla-warning.v1',  null, 'IMMEDIATE'),
    ('TEAM_LEAD',      'rapport.ticket.sla-breached.v1', null, 'IMMEDIATE'),
    ('BUSINESS_OWNER', 'rapport.ticket.sla-breached.v1', 'P2', 'IMMEDIATE')
) as r (audience, event_type, min_priority, delivery);

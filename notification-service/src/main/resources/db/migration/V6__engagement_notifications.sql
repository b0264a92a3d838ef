-- Engagement messages (issue 11): surveys, low ratings, pulse invitations and engagement alerts from
-- rapport.engagement.v1 (domain/EngagementNotifications).

-- The survey a delivery asks about, so that a withdrawn survey (rapport.survey.cancelled.v1) takes
-- its messages back: those not yet sent, and its inbox item.
alter table deliveries add column survey_id uuid;
create index deliveries_survey on deliveries (survey_id) where survey_id is not null;
-- WITHDRAWN: the news it carried no longer holds (its survey was withdrawn); never sent, or taken
-- out of the inbox.
alter table deliveries drop constraint deliveries_status_check;
alter table deliveries add constraint deliveries_status_check check (status in
    ('PENDING', 'SENT', 'FAILED', 'DEAD', 'DIGEST', 'SUPPRESSED', 'WITHDRAWN'));

-- The last rating heard of each survey, so that a low rating alerts the leads once: on the first
-- answer of 1 or 2 and on a revision that drops to 1 or 2, not on a revision that stays low, and
-- never for an older answer arriving after a newer one.
create table survey_ratings (
    survey_id    uuid primary key,
    rating       smallint    not null check (rating between 1 and 5),
    answered_at  timestamptz not null,
    updated_at   timestamptz not null
);

-- Default rules; admins edit them through /api/v1/rules like the others. The survey goes to the
-- requester; a low rating, and an engagement alert, to the leads of the ticket's (the alert's) team;
-- a pulse invitation to the member invited (as TEAM: they are asked as a member of their team).
-- None of these is ever gathered into a digest (MessageKind.digestible: a digest lists subjects,
-- and the links would be lost); quiet hours and opt-outs apply as to any message.
insert into audience_rules (id, audience, event_type, min_priority, delivery, updated_by, updated_at)
select gen_random_uuid(), r.audience, r.event_type, r.min_priority, r.delivery, 'flyway', now()
from (values
    ('REQUESTER', 'rapport.survey.requested.v1',  null, 'IMMEDIATE'),
    ('TEAM_LEAD', 'rapport.survey.answered.v1',   null, 'IMMEDIATE'),
    ('TEAM',      'rapport.pulse.invited.v1',     null, 'IMMEDIATE'),
    ('TEAM_LEAD', 'rapport.engagement.alert.v1',  null, 'IMMEDIATE')
) as r (audience, event_type, min_priority, delivery);

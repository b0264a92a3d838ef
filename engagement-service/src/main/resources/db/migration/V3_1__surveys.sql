-- Customer satisfaction surveys (CSAT), one per resolution of a ticket. A resolution that does not
-- ask (the requester was asked within rapport.engagement.csat.min-interval, or opted out) is kept
-- as SKIPPED with its reason, so that the response rate counts what was really asked.
-- requester is the userName, lower-cased (support.security.UserNames).
create table surveys (
    id                    uuid        primary key,
    ticket_id             uuid        not null,
    ticket_key            text        not null,
    ticket_title          text        not null,
    ticket_priority       text,
    team_id               text,
    assignee              text,
    business_service_id   uuid,
    business_service_name text,
    requester             text        not null,
    status                text        not null
        check (status in ('PENDING', 'ANSWERED', 'CANCELLED', 'EXPIRED', 'SKIPPED')),
    skip_reason           text        check (skip_reason in ('FATIGUE', 'OPTED_OUT')),
    requested_at          timestamptz not null,
    expires_at            timestamptz not null,
    rating                smallint    check (rating between 1 and 5),
    comment               text,
    answered_at           timestamptz,
    revised_at            timestamptz,
    cancelled_at          timestamptz,
    -- Set when the ticket was reopened after this survey's resolution: the next resolution is a
    -- new one and gets its own survey. Null on the survey of the ticket's current resolution.
    reopened_at           timestamptz,
    version               integer     not null default 0,
    check ((status = 'SKIPPED') = (skip_reason is not null)),
    check ((status = 'ANSWERED') = (rating is not null))
);
-- One survey per resolution: a redelivered or repeated resolution without a reopen adds none.
create unique index surveys_one_per_resolution on surveys (ticket_id) where reopened_at is null;
-- Fatigue: was this person asked lately? And their own list, newest first.
create index surveys_requester on surveys (requester, requested_at desc, id desc);
-- The expiry sweep.
create index surveys_pending_expiry on surveys (expires_at) where status = 'PENDING';

-- Who does not want to be asked (any role may opt out, and back in).
create table survey_preferences (
    user_name  text        primary key,
    opted_out  boolean     not null,
    updated_at timestamptz not null
);

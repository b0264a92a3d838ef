-- The requester's satisfaction rating of the ticket (issue 11), as engagement-service last reported
-- it on rapport.engagement.v1 (rapport.survey.answered.v1). Written only by domain/TicketCsat with
-- one conditional update (a newer answer replaces it, an older one arriving late changes nothing);
-- not part of the ticket's version: recording it is engagement's news, not a change of the ticket.
alter table tickets
    add column csat_survey      uuid,
    add column csat_rating      smallint check (csat_rating between 1 and 5),
    add column csat_comment     text,
    add column csat_answered_at timestamptz;

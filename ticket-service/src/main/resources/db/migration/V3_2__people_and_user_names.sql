-- People as rapport.people.v1 describes them (skills-service, from SCIM): who may be named on a
-- ticket, and who is IT staff (roles agent, lead or admin). user_name is stored lower-cased
-- (support's UserNames.normalise), as every userName in this service now is.
create table people (
    person_id          uuid primary key,
    user_name          varchar(255) not null,
    display_name       varchar(255),
    roles              text[]       not null default '{requester}',
    active             boolean      not null,
    source_updated_at  timestamptz  not null,
    updated_at         timestamptz  not null
);
create unique index people_user_name_uq on people (user_name);

-- userNames compare without regard to case: existing rows take the one stored form. Participants
-- that differed only by case become one.
update tickets set requester = lower(requester), assignee = lower(assignee);
delete from ticket_participants a using ticket_participants b
 where a.ticket_id = b.ticket_id and a.level = b.level
   and lower(a.user_name) = lower(b.user_name) and a.user_name > b.user_name;
update ticket_participants set user_name = lower(user_name);
delete from business_service_stakeholders a using business_service_stakeholders b
 where a.service_id = b.service_id and a.level = b.level
   and lower(a.user_name) = lower(b.user_name) and a.user_name > b.user_name;
update business_service_stakeholders set user_name = lower(user_name);
update business_services set owner = lower(owner);

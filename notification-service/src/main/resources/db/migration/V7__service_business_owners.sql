-- Who the business owners of a business service are (issue 11: a service-level engagement alert is
-- for them): the BUSINESS_OWNER stakeholders of the service's most recently raised ticket, as its
-- latest event carries them (domain/BusinessOwners). A ticket inherits the stakeholders of its
-- service from ticket-service's catalogue when it is raised, so the newest ticket carries the
-- catalogue's owners as they are now. An event of an older ticket changes nothing; a later event
-- of the same ticket (a stakeholder added or removed) does. owners may be empty.
create table service_business_owners (
    business_service_id   uuid        primary key,
    business_service_name text,
    owners                text[]      not null,
    ticket_id             uuid        not null,
    ticket_created_at     timestamptz not null,
    ticket_updated_at     timestamptz not null
);

-- A service-level alert reaches the service's business owners at once; admins edit the rule
-- through /api/v1/rules like the others (deleting it silences these alerts).
insert into audience_rules (id, audience, event_type, min_priority, delivery, updated_by, updated_at)
values (gen_random_uuid(), 'BUSINESS_OWNER', 'rapport.engagement.alert.v1', null, 'IMMEDIATE',
        'flyway', now());

-- Business calendars and SLA policies (domain/sla: SlaCalendars, SlaPolicyCatalog; admins edit them
-- through /api/v1/calendars and /api/v1/sla-policies). SlaPolicies matches a ticket to the most
-- specific policy for its priority, type and business service.

create table business_calendars (
    id         uuid primary key,
    name       varchar(80) not null,
    -- an IANA zone id, e.g. Europe/London
    zone       varchar(60) not null,
    -- the built-in 24x7 cannot be replaced or deleted
    built_in   boolean not null default false,
    version    bigint not null default 0,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create unique index business_calendars_name_uq on business_calendars (lower(name));

-- Opening spans per weekday, [start_time, end_time); an end of 00:00 is midnight at the day's end.
create table business_calendar_hours (
    calendar_id uuid not null references business_calendars (id) on delete cascade,
    weekday     varchar(9) not null,
    start_time  time not null,
    end_time    time not null,
    primary key (calendar_id, weekday, start_time)
);

create table business_calendar_holidays (
    calendar_id uuid not null references business_calendars (id) on delete cascade,
    day         date not null,
    primary key (calendar_id, day)
);

insert into business_calendars (id, name, zone, built_in, created_at, updated_at) values
    ('00000000-0000-7000-8000-00000000ca01', '24x7', 'UTC', true, now(), now()),
    ('00000000-0000-7000-8000-00000000ca02', 'business-hours', 'Europe/London', false, now(), now());
insert into business_calendar_hours (calendar_id, weekday, start_time, end_time)
select '00000000-0000-7000-8000-00000000ca01', d, '00:00', '00:00'
from unnest(array['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']) d;
insert into business_calendar_hours (calendar_id, weekday, start_time, end_time)
select '00000000-0000-7000-8000-00000000ca02', d, '09:00', '17:00'
from unnest(array['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY']) d;

-- Targets are ISO-8601 durations of business time on the calendar (P1D = 24 business hours).
create table sla_policies (
    id                  uuid primary key,
    name                varchar(120) not null,
    priority            varchar(2) not null,
    -- null: any type
    ticket_type         varchar(20),
    -- null: any service
    business_service_id uuid references business_services (id),
    calendar_id         uuid not null references business_calendars (id),
    response_target     varchar(40) not null,
    resolution_target   varchar(40) not null,
    update_target       varchar(40) not null,
    warning_thresholds  double precision[] not null,
    response_pausing    text[] not null,
    resolution_pausing  text[] not null,
    update_pausing      text[] not null,
    assignment_responds boolean not null default false,
    version             bigint not null default 0,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);
create unique index sla_policies_name_uq on sla_policies (lower(name));
-- One policy per match key, "any" (null) counting as a value of its own.
create unique index sla_policies_match_uq on sla_policies (
    priority,
    coalesce(ticket_type, '*'),
    coalesce(business_service_id, '00000000-0000-0000-0000-000000000000'::uuid));
create index sla_policies_calendar_idx on sla_policies (calendar_id);
create index sla_policies_service_idx on sla_policies (business_service_id)
    where business_service_id is not null;

insert into sla_policies (id, name, priority, calendar_id, response_target, resolution_target,
        update_target, warning_thresholds, response_pausing, resolution_pausing, update_pausing,
        created_at, updated_at) values
    ('00000000-0000-7000-8000-0000000051a1', 'P1 critical', 'P1',
        '00000000-0000-7000-8000-00000000ca01', 'PT15M', 'PT4H', 'PT1H', '{0.75}', '{}',
        '{WAITING_ON_CUSTOMER,ON_HOLD}', '{WAITING_ON_CUSTOMER,ON_HOLD}', now(), now()),
    ('00000000-0000-7000-8000-0000000051a2', 'P2 high', 'P2',
        '00000000-0000-7000-8000-00000000ca01', 'PT30M', 'PT8H', 'PT2H', '{0.75}', '{}',
        '{WAITING_ON_CUSTOMER,ON_HOLD}', '{WAITING_ON_CUSTOMER,ON_HOLD}', now(), now()),
    ('00000000-0000-7000-8000-0000000051a3', 'P3 normal', 'P3',
        '00000000-0000-7000-8000-00000000ca02', 'PT4H', 'P3D', 'PT8H', '{0.75}', '{}',
        '{WAITING_ON_CUSTOMER,ON_HOLD}', '{WAITING_ON_CUSTOMER,ON_HOLD}', now(), now()),
    ('00000000-0000-7000-8000-0000000051a4', 'P4 low', 'P4',
        '00000000-0000-7000-8000-00000000ca02', 'P1D', 'P10D', 'P3D', '{0.75}', '{}',
        '{WAITING_ON_CUSTOMER,ON_HOLD}', '{WAITING_ON_CUSTOMER,ON_HOLD}', now(), now());

-- Service-level alerts (issue 11): a business service's CSAT and update-cadence adherence against
-- the default thresholds, raised at most once per service, metric and window, as a team's alert
-- is once per team, metric and window (V5_1's unique key, which still holds for TEAM rows).
alter table engagement_alerts add column scope text not null default 'TEAM';
alter table engagement_alerts add column business_service_id uuid;
alter table engagement_alerts alter column team_id drop not null;
alter table engagement_alerts add constraint engagement_alerts_scope check (
    (scope = 'TEAM' and team_id is not null and business_service_id is null)
    or (scope = 'SERVICE' and team_id is null and business_service_id is not null));
create unique index engagement_alerts_service_once
    on engagement_alerts (business_service_id, metric, window_key) where scope = 'SERVICE';

-- A business service's name, as its latest resolution's survey row keeps it (ServiceNames).
create index surveys_business_service_name on surveys (business_service_id, requested_at desc)
    where business_service_name is not null;

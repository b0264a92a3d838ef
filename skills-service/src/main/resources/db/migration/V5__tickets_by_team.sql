-- Gap pages count each team's demand over a window: find a team's tickets without a scan.
create index tickets_team_opened on tickets (team_id, opened_at);

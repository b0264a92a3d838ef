#!/usr/bin/env bash
# Index use of the hot queries at 1 M tickets and 1 M deliveries (issue 8, section 8).
# A script that prints plans and timings, never a test.
#
#   bench/explain.sh        # about 2-4 minutes on 2 cores
#
# It starts a PostgreSQL of its own (initdb in a temporary directory, a free port, stopped at the
# end), applies ticket-service's and notification-service's migrations as Flyway would (support's
# V0_1, the service's versions in order, then the repeatables), loads 1 M tickets (with 250 k
# watchers) and 1 M deliveries (with 20 k contacts and 1 M processed-event ids) with
# generate_series, ANALYZEs, and prints EXPLAIN (ANALYZE, BUFFERS) of each query the services run
# on every page or event, in the form Hibernate sends it.
#
# Environment:
#   PG_BIN        PostgreSQL binaries (default: /usr/lib/postgresql/<newest>/bin)
#   BENCH_PORT    port (default: a free one)
#   BENCH_KEEP=1  leave the server and its data running (prints how to stop it)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$PG_BIN/initdb" ] || { echo "No PostgreSQL binaries; set PG_BIN (apt-get install postgresql)" >&2; exit 1; }
PORT=${BENCH_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
DATA=$(mktemp -d /tmp/rapport-explain.XXXXXX)
AS=()
if [ "$(id -u)" = 0 ]; then
  # initdb and postgres refuse to run as root.
  chown postgres "$DATA"
  AS=(runuser -u postgres --)
fi

stop() {
  if [ "${BENCH_KEEP:-0}" = 1 ]; then
    echo "Left running: ${AS[*]} $PG_BIN/pg_ctl -D $DATA/pg stop"
  else
    "${AS[@]}" "$PG_BIN/pg_ctl" -D "$DATA/pg" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$DATA"
  fi
}
trap stop EXIT

"${AS[@]}" "$PG_BIN/initdb" -D "$DATA/pg" -U postgres -A trust >/dev/null
"${AS[@]}" "$PG_BIN/pg_ctl" -D "$DATA/pg" -l "$DATA/pg.log" -w \
  -o "-p $PORT -k $DATA -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=256MB -c max_wal_size=4GB" \
  start >/dev/null
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres -d "$1" "${@:2}"; }

migrate() { # db service
  local db=$1 dir="$ROOT/$2/src/main/resources/db/migration" support="$ROOT/support/src/main/resources/db/support"
  psql_db postgres -c "create database $db"
  psql_db "$db" -f "$support/V0_1__support_tables.sql"
  for f in $(ls "$dir"/V*.sql | sort -V); do psql_db "$db" -f "$f"; done
  for f in "$support"/R__*.sql "$dir"/R__*.sql; do [ -f "$f" ] && psql_db "$db" -f "$f"; done
  return 0
}

echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PORT; loading (1-3 minutes)..."
migrate tickets ticket-service
migrate notifications notification-service

SECONDS=0
psql_db tickets <<'SQL'
-- 1 M tickets over two years: 50 k requesters, 200 teams (80 % assigned), 100 business services (30 %).
insert into business_services (id, name, created_at, updated_at)
  select ('00000000-0000-0000-0000-' || lpad(to_hex(s), 12, '0'))::uuid, 'Service ' || s, now(), now()
  from generate_series(1, 100) s;
insert into tickets (id, ticket_key, type, title, description, impact, urgency, priority, status,
                     requester, assignee, team_id, business_service_id, created_at, updated_at)
  select gen_random_uuid(), 'T-' || (1000 + s), 'INCIDENT', 'Ticket ' || s, 'Description',
         'MEDIUM', 'MEDIUM', (array['P1','P2','P3','P4'])[1 + s % 4],
         (array['NEW','ASSIGNED','IN_PROGRESS','RESOLVED','CLOSED','CLOSED','CLOSED','CANCELLED'])[1 + s % 8],
         'user' || (s % 50000) || '@example.com',
         case when s % 5 <> 0 then 'agent' || (s % 300) || '@example.com' end,
         case when s % 5 <> 0 then 'team-' || (s % 200) end,
         case when s % 10 < 3 then ('00000000-0000-0000-0000-' || lpad(to_hex(1 + s % 100), 12, '0'))::uuid end,
         now() - (s || ' minutes')::interval, now() - (s || ' minutes')::interval
  from generate_series(1, 1000000) s;
-- A watcher on every fourth ticket, drawn from the same 50 k people.
insert into ticket_participants (ticket_id, user_name, level)
  select id, 'user' || ((abs(hashtext(id::text))) % 50000) || '@example.com', 'WATCHER'
  from tickets tablesample system (25);
insert into processed_events (consumer, event_id, processed_at)
  select 'ticket-service.people', gen_random_uuid()::text, now() - ((s % 30 * 24 * 60) || ' minutes')::interval
  from generate_series(1, 1000000) s;
analyze;
SQL
psql_db notifications <<'SQL'
-- 20 k contacts in 200 teams (two teams each); 1 M deliveries over 180 days, 95 % SENT.
insert into contacts (person_id, user_name, display_name, email, active, team_ids, source_updated_at, updated_at)
  select gen_random_uuid(), 'user' || s || '@example.com', 'User ' || s, 'user' || s || '@example.com',
         true, array['team-' || (s % 200), 'team-' || ((s * 7) % 200)], now(), now()
  from generate_series(1, 20000) s;
insert into deliveries (id, event_id, event_type, ticket_id, recipient, audience, channel, subject,
                        body_text, status, created_at)
  select gen_random_uuid(), 'evt-' || s, 'rapport.ticket.update-posted.v1', gen_random_uuid(),
         'user' || (s % 20000) || '@example.com', 'REQUESTER', 'EMAIL', 'Subject', 'Body',
         case when s % 20 = 0 then 'DEAD' else 'SENT' end,
         now() - ((s * 15) || ' seconds')::interval
  from generate_series(1, 1000000) s;
insert into processed_events (consumer, event_id, processed_at)
  select 'notification-service.tickets', gen_random_uuid()::text, now() - ((s % 30 * 24 * 60) || ' minutes')::interval
  from generate_series(1, 1000000) s;
analyze;
SQL
echo "Loaded in ${SECONDS}s."

explain() { # db title sql
  echo
  echo "=== $2"
  psql_db "$1" -c "explain (analyze, buffers, costs off) $3" | sed 's/^/  /'
}

T="select t.* from tickets t"
explain tickets "Staff list, newest first (GET /api/v1/tickets)" \
  "$T order by t.created_at desc, t.id desc limit 51"
explain tickets "Staff list, page 2000 by cursor" \
  "$T where (t.created_at < now() - interval '100000 minutes' or (t.created_at = now() - interval '100000 minutes' and t.id < '00000000-0000-0000-0000-000000000000')) order by t.created_at desc, t.id desc limit 51"
explain tickets "Team filter (team=team-42)" \
  "$T where t.team_id = 'team-42' order by t.created_at desc, t.id desc limit 51"
explain tickets "Business-service filter" \
  "$T where t.business_service_id = '00000000-0000-0000-0000-00000000002a' order by t.created_at desc, t.id desc limit 51"
explain tickets "Requester visibility (a requester's own list, as TicketSearch sends it)" \
  "$T where t.id in (select t3.id from tickets t3 where t3.requester = 'user42@example.com' union select p.ticket_id from ticket_participants p where p.user_name = 'user42@example.com') order by t.created_at desc, t.id desc limit 51"
explain tickets "processed_events purge batch (ProcessedEventsCleanup)" \
  "delete from processed_events where (consumer, event_id) in (select consumer, event_id from processed_events where processed_at < now() - interval '14 days' order by processed_at limit 1000)"

D="select d.* from deliveries d"
explain notifications "Deliveries, newest first (GET /api/v1/deliveries)" \
  "$D order by d.created_at desc, d.id desc limit 51"
explain notifications "Deliveries, a deep page by cursor" \
  "$D where (d.created_at < now() - interval '100 days' or (d.created_at = now() - interval '100 days' and d.id < '00000000-0000-0000-0000-000000000000')) order by d.created_at desc, d.id desc limit 51"
explain notifications "Deliveries purge batch (DeliveryRetention, 90 days, final statuses)" \
  "delete from deliveries where id in (select d.id from deliveries d where d.created_at < now() - interval '90 days' and d.status in ('SENT', 'DEAD', 'SUPPRESSED') and not exists (select 1 from deliveries m where m.digest_id = d.id and m.status not in ('SENT', 'DEAD', 'SUPPRESSED')) order by d.created_at, d.id limit 1000)"
explain notifications "Team members of a ticket's team, on every ticket event (Recipients.teamMembers)" \
  "select * from contacts where active and team_ids @> array[cast('team-42' as text)]"

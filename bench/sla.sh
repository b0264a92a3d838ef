#!/usr/bin/env bash
# SLA benchmark (issue 10, "Benchmark"). A script that prints figures, never a test.
#
#   ./mvnw -B -q -pl ticket-service -am package -DskipTests   # once: the jars it runs
#   bench/sla.sh                                              # about 5-8 minutes on 2 cores
#
# It starts a suite of its own with deploy/local's launcher (`up`, as ./rapport up does, but from a
# scratch directory: its own state, PostgreSQL, Kafka and ticket-service on free ports, stopped and
# removed at the end), then measures:
#   1. the checker's query at 100,000 open tickets with running clocks: tickets and ticket_sla rows
#      bulk-inserted with SQL, next_check_at spread over the next 24 hours, a few hundred due at the
#      instant measured; EXPLAIN (ANALYZE, BUFFERS) of SlaChecker's SELECT (limit 500, for update of
#      t, s skip locked, in a transaction rolled back): the plan must use ticket_sla_next_check_idx;
#      prints the execution time and its ratio to 100 ms.
#   2. warning latency: a business service and a policy for it (P1 incidents, 24x7, response PT1M,
#      warning at 0.75) through the admin API, tickets raised for it for BENCH_WARN_SECONDS s; each
#      RESPONSE sla-warning read from rapport.tickets.v1, its record timestamp (when the relay sent
#      it) compared with its instant (opening + 45 s): p50/p99 and the ratio of p99 to 2 s. Also
#      the checker's own lag metric (rapport.sla.checker.lag).
#   3. create throughput with SLA policies and without: BENCH_DURATION s of POST /api/v1/tickets
#      from BENCH_CLIENTS clients, alternately with the shipped policies and with every
#      sla_policies row set aside (SQL; the bench runs the service with a 2 s policy cache, and a
#      probe create checks that its sla is present or absent after each switch), BENCH_ROUNDS
#      times each in ABBA order (with, without, without, with, ...) after a VACUUM ANALYZE and one
#      long warm-up, so that neither mode gains from going second or from a warmer JIT; "without" is "the same run without SLA
#      policies" of the issue: no terms, so the journal's SLA step finds no policy and the clocks
#      are not evaluated. Prints each mode's median rate and the drop (target < 10 %).
#
# Environment:
#   BENCH_WARN_SECONDS  seconds of ticket creation (2 clients) for the warning latency (default 10)
#   BENCH_DURATION      seconds per create run (default 20); BENCH_CLIENTS (default 8)
#   BENCH_ROUNDS        create runs per mode (default 4); BENCH_WARMUP s before them (default 20)
#   BENCH_KEEP=1        leave the suite and its scratch directory running (prints how to stop it)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LAUNCHER_CP="$ROOT/deploy/local/target/rapport-local.jar:$ROOT/deploy/local/target/lib/*"
BENCH_CP="$ROOT/deploy/local/target/lib/*"
WARN_SECONDS=${BENCH_WARN_SECONDS:-10}
DURATION=${BENCH_DURATION:-20}
CLIENTS=${BENCH_CLIENTS:-8}
ROUNDS=${BENCH_ROUNDS:-4}
WARMUP=${BENCH_WARMUP:-20}
# The service's policy cache (30 s in application.properties) expires within 2 s in the bench, so
# that switching policies off and on costs seconds, not half-minutes.
export QUARKUS_CACHE_CAFFEINE__SLA_POLICIES__EXPIRE_AFTER_WRITE=2S
CACHE_WAIT=3
T_QUERY_MS=100
T_WARN_P99_MS=2000
T_DROP_PCT=10

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
ratio() { awk -v v="$1" -v t="$2" 'BEGIN { if (v ~ /^[0-9.]+$/) printf "%.2f", v / t; else print "n/a" }'; }

[[ -f $ROOT/deploy/local/target/rapport-local.jar && -f $ROOT/ticket-service/target/quarkus-app/quarkus-run.jar ]] \
  || die "build first: ./mvnw -B -q -pl ticket-service -am package -DskipTests"
command -v psql >/dev/null || die "needs psql (apt-get install postgresql-client)"

# Free ports; Kafka's controller takes the port after Kafka's.
read -r PG_PORT KAFKA_PORT TICKET_PORT SMTP_PORT SINK_PORT < <(python3 -c '
import socket
def free(pair=False):
    while True:
        s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]; s.close()
        if not pair: return p
        try:
            t = socket.socket(); t.bind(("127.0.0.1", p + 1)); t.close(); return p
        except OSError: pass
print(free(), free(True), free(), free(), free())')
SCRATCH=$(mktemp -d /tmp/rapport-sla-bench.XXXXXX)
# A copy of the built service, so that a build meanwhile does not change what runs.
mkdir -p "$SCRATCH/ticket-service/target"
cp -r "$ROOT/ticket-service/target/quarkus-app" "$SCRATCH/ticket-service/target/"
export RAPPORT_PG_PORT=$PG_PORT RAPPORT_KAFKA_PORT=$KAFKA_PORT RAPPORT_TICKET_PORT=$TICKET_PORT \
  RAPPORT_SMTP_PORT=$SMTP_PORT RAPPORT_WEBHOOK_SINK_PORT=$SINK_PORT
URL=http://127.0.0.1:$TICKET_PORT
KAFKA=127.0.0.1:$KAFKA_PORT

stop() {
  if [[ ${BENCH_KEEP:-0} == 1 ]]; then
    log "Left running: kill ${SUITE_PID:-?}; rm -rf $SCRATCH"
    return
  fi
  if [[ -n ${SUITE_PID:-} ]]; then
    kill "$SUITE_PID" 2>/dev/null || true
    wait "$SUITE_PID" 2>/dev/null || true
  fi
  rm -rf "$SCRATCH"
}
trap stop EXIT

log "Starting PostgreSQL ($PG_PORT), Kafka ($KAFKA_PORT) and ticket-service ($TICKET_PORT) in $SCRATCH..."
(cd "$SCRATCH" && exec java -cp "$LAUNCHER_CP" dev.rapport.local.Launcher up) > "$SCRATCH/up.log" 2>&1 &
SUITE_PID=$!
for _ in $(seq 1 300); do
  curl -fs "$URL/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$SUITE_PID" 2>/dev/null || { cat "$SCRATCH/up.log" >&2; die "the suite stopped"; }
  sleep 1
done
curl -fs "$URL/q/health/ready" >/dev/null || die "ticket-service not ready after 300 s ($SCRATCH/up.log)"
token() { (cd "$SCRATCH" && java -cp "$LAUNCHER_CP" dev.rapport.local.Launcher token --sub "$1" --roles "$2") | tail -1; }
ADMIN=$(token bench-admin@example.com admin)
AGENT=$(token bench-agent@example.com agent)
db() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d ticket_service "$@"; }
log "Suite ready."

# ---------------------------------------------------------------------------------------------
# 1. The checker's query at 100,000 open tickets
# ---------------------------------------------------------------------------------------------
log "1. Loading 100,000 open tickets with running clocks..."
db <<'SQL'
-- Keys B-1.. cannot collide with the service's T-1042 keys. Every ticket open, P1..P4.
insert into tickets (id, ticket_key, type, title, description, impact, urgency, priority, status,
                     requester, created_at, updated_at)
  select gen_random_uuid(), 'B-' || s, 'INCIDENT', 'Bench ' || s, 'bench', 'MEDIUM', 'MEDIUM',
         (array['P1','P2','P3','P4'])[1 + s % 4],
         (array['NEW','ASSIGNED','IN_PROGRESS','WAITING_ON_CUSTOMER'])[1 + s % 4],
         'user' || (s % 5000) || '@example.com', now() - interval '1 hour', now() - interval '1 hour'
  from generate_series(1, 100000) s;
-- Clocks running; next checks spread over 2..26 hours from now, 300 of them in the minute before
-- the instant measured (now + 1 h), so the running checker takes none of them meanwhile.
insert into ticket_sla (ticket_id, response_state, resolution_state, update_state, response_due,
                        resolution_due, next_update_due, next_due, next_check_at, evaluated_at)
  select t.id, 'RUNNING', 'RUNNING', 'RUNNING', now() + interval '2 hours', now() + interval '8 hours',
         now() + interval '4 hours', now() + interval '2 hours',
         case when n <= 300 then now() + interval '59 minutes' + (n || ' milliseconds')::interval
              else now() + interval '2 hours' + ((n * 863) % 86400 || ' seconds')::interval end,
         now()
  from (select id, row_number() over () as n from tickets where ticket_key like 'B-%') t;
analyze tickets;
analyze ticket_sla;
SQL
PLAN=$(db <<'SQL'
begin;
explain (analyze, buffers, costs off)
select s.ticket_id, s.next_check_at, s.recheck_cause
  from ticket_sla s join tickets t on t.id = s.ticket_id
  where s.next_check_at <= now() + interval '1 hour' order by s.next_check_at limit 500
  for update of t, s skip locked;
rollback;
SQL
)
echo "$PLAN" | sed 's/^/  /'
Q_MS=$(awk '/Execution Time:/ { print $3 }' <<<"$PLAN")
Q_ROWS=$(awk '/^ *Limit/ && match($0, /rows=[0-9]+/) { print substr($0, RSTART + 5, RLENGTH - 5); exit }' <<<"$PLAN")
grep -q 'ticket_sla_next_check_idx' <<<"$PLAN" && Q_INDEX=yes || Q_INDEX=NO

# ---------------------------------------------------------------------------------------------
# 2. Warning latency
# ---------------------------------------------------------------------------------------------
log "2. A policy with PT1M response for a bench service; tickets for ${WARN_SECONDS} s..."
SERVICE=$(curl -fs -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d "{\"name\":\"SLA bench $(date +%s)\"}" "$URL/api/v1/services" | jq -r .id)
[[ $SERVICE =~ ^[0-9a-f-]{36}$ ]] || die "could not create the bench business service"
POLICY_STATUS=$(curl -s -o "$SCRATCH/policy.json" -w '%{http_code}' -H "Authorization: Bearer $ADMIN" \
  -H 'Content-Type: application/json' "$URL/api/v1/sla-policies" -d "{
    \"name\":\"SLA bench\",\"priority\":\"P1\",\"ticketType\":\"INCIDENT\",\"businessServiceId\":\"$SERVICE\",
    \"calendar\":\"24x7\",\"targets\":{\"response\":\"PT1M\",\"resolution\":\"PT30M\",\"update\":\"PT10M\"},
    \"warningThresholds\":[0.75]}")
WARN_OPENED=n/a WARN_N=n/a WARN_P50=n/a WARN_P99=n/a WARN_MAX=n/a
if [[ $POLICY_STATUS == 404 ]]; then
  # No admin API for policies in this build: the same row by SQL, seen once the cache expires.
  db -c "insert into sla_policies (id, name, priority, ticket_type, business_service_id, calendar_id,
           response_target, resolution_target, update_target, warning_thresholds, response_pausing,
           resolution_pausing, update_pausing, created_at, updated_at)
         select gen_random_uuid(), 'SLA bench', 'P1', 'INCIDENT', '$SERVICE', calendar_id, 'PT1M',
           'PT30M', 'PT10M', '{0.75}', '{}', '{}', '{}', now(), now()
         from sla_policies where name = 'P1 critical'"
  log "   no /api/v1/sla-policies (404): policy inserted with SQL; waiting ${CACHE_WAIT} s for the cache"
  sleep "$CACHE_WAIT"
  POLICY_STATUS=201
fi
if [[ $POLICY_STATUS == 201 ]]; then
  # Two clients for BENCH_WARN_SECONDS: their warnings fall due over as many seconds, not at once.
  read -r WARN_OPENED _ _ < <(java -cp "$BENCH_CP" "$ROOT/bench/SlaBench.java" creates "$URL" "$AGENT" \
    "$WARN_SECONDS" 2 "$SERVICE")
  log "   $WARN_OPENED tickets raised; waiting for their warnings (due 45 s after each opening)..."
  java -cp "$BENCH_CP" "$ROOT/bench/SlaBench.java" warnings "$KAFKA" "$SERVICE" "$WARN_OPENED" 180 \
    > "$SCRATCH/warnings.out" 2> "$SCRATCH/warnings.err"
  read -r WARN_N WARN_P50 WARN_P99 WARN_MAX < "$SCRATCH/warnings.out"
  LAG=$(curl -fs "$URL/q/metrics" | grep -E '^rapport_sla_checker_lag_seconds\{.*quantile="0.99"' | awk '{ print $2 * 1000 }' | head -1)
else
  log "   POST /api/v1/sla-policies answered $POLICY_STATUS ($(head -c 300 "$SCRATCH/policy.json")): part 2 skipped"
fi

# ---------------------------------------------------------------------------------------------
# 3. Create throughput with and without SLA policies
# ---------------------------------------------------------------------------------------------
creates() { java -cp "$BENCH_CP" "$ROOT/bench/SlaBench.java" creates "$URL" "$AGENT" "$@"; }
suite_ticks() { # CPU clock ticks used so far by the suite's process tree (Kafka, PostgreSQL, the service)
  python3 "$ROOT/bench/suite_cpu.py" "$SUITE_PID" "$SCRATCH" | cut -d" " -f1
}
measure() { # label: a warm-up, then one measured run; prints "created failed per_second suite_ticks"
  log "   $1: warm-up 5 s, then ${DURATION} s..."
  creates 5 "$CLIENTS" >/dev/null
  local before after result
  before=$(suite_ticks)
  result=$(creates "$DURATION" "$CLIENTS")
  after=$(suite_ticks)
  echo "$result $((after - before))"
}
policies() { # off | on, then the policy cache's expiry and a probe that the switch took
  if [[ $1 == off ]]; then
    db -c "set client_min_messages = warning" \
       -c "create table if not exists sla_policies_bench as select * from sla_policies with no data" \
       -c "insert into sla_policies_bench select * from sla_policies" -c "delete from sla_policies"
  else
    db -c "insert into sla_policies select * from sla_policies_bench" -c "delete from sla_policies_bench"
  fi
  sleep "$CACHE_WAIT"
  local probe
  probe=$(curl -fs -X POST "$URL/api/v1/tickets" -H "Authorization: Bearer $AGENT" \
    -H 'Content-Type: application/json' \
    -d '{"type":"INCIDENT","title":"SLA bench probe","description":"probe","impact":"HIGH","urgency":"HIGH"}')
  if [[ $1 == off ]]; then
    [[ $probe == *'"sla":null'* ]] || die "policies off, but a new ticket still has an sla: $probe"
  else
    [[ $probe == *'"sla":{'* ]] || die "policies on, but a new ticket has no sla: $probe"
  fi
  log "   policies $1 (a probe ticket confirms it)"
}
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
# Part 2's policy re-timed every open ticket (the recheck queue); creates are compared once the
# checker has worked through it, so that neither mode pays for that background work.
log "   waiting for the checker's recheck queue to drain..."
for _ in $(seq 1 600); do
  left=$(db -At -c "select count(*) from ticket_sla where recheck_cause is not null")
  [[ $left == 0 ]] && break
  sleep 1
done
log "   recheck queue: ${left} left"
# Parts 1 and 2 wrote and re-timed 100,000 rows: vacuum now, so that autovacuum does not run during
# one mode's runs and not the other's; then one long warm-up, so that JIT compilation does too.
log "   vacuum analyze after the bulk load and the recheck..."
db -c "vacuum analyze" >/dev/null
log "   warm-up: ${WARMUP} s of creates..."
creates "$WARMUP" "$CLIENTS" >/dev/null
log "3. Creates with and without SLA policies, $ROUNDS rounds, in ABBA order (with first in odd rounds)..."
WITH_RATES=() WITHOUT_RATES=() WITH_FAILED=0 WITHOUT_FAILED=0 MODE=on
WITH_TICKS=0 WITH_CREATED=0 WITHOUT_TICKS=0 WITHOUT_CREATED=0
run_mode() { # on | off: switch if needed, then one measured run of that mode
  [[ $1 == "$MODE" ]] || { policies "$1"; MODE=$1; }
  local created failed rate ticks
  read -r created failed rate ticks < <(measure "$([[ $1 == on ]] && echo with || echo without) policies ($round)")
  if [[ $1 == on ]]; then
    WITH_RATES+=("$rate") WITH_FAILED=$((WITH_FAILED + failed))
    WITH_TICKS=$((WITH_TICKS + ticks)) WITH_CREATED=$((WITH_CREATED + created))
  else
    WITHOUT_RATES+=("$rate") WITHOUT_FAILED=$((WITHOUT_FAILED + failed))
    WITHOUT_TICKS=$((WITHOUT_TICKS + ticks)) WITHOUT_CREATED=$((WITHOUT_CREATED + created))
  fi
}
for round in $(seq 1 "$ROUNDS"); do
  if (( round % 2 )); then run_mode on; run_mode off; else run_mode off; run_mode on; fi
done
WITH_RATE=$(median "${WITH_RATES[@]}") WITHOUT_RATE=$(median "${WITHOUT_RATES[@]}")
# CPU per create: what the suite (service, PostgreSQL, Kafka; not the load generator) spent per
# ticket. On a CPU-bound machine throughput is its inverse, so 1 - without/with is the drop that
# throughput shows without the noise of anything else running on the machine.
TCK=$(getconf CLK_TCK)
CPU_WITH=$(awk -v t="$WITH_TICKS" -v n="$WITH_CREATED" -v h="$TCK" 'BEGIN { printf "%.3f", t * 1000 / h / n }')
CPU_WITHOUT=$(awk -v t="$WITHOUT_TICKS" -v n="$WITHOUT_CREATED" -v h="$TCK" 'BEGIN { printf "%.3f", t * 1000 / h / n }')
CPU_DROP=$(awk -v w="$CPU_WITH" -v wo="$CPU_WITHOUT" 'BEGIN { printf "%.1f", (1 - wo / w) * 100 }')
DROP=$(awk -v w="$WITH_RATE" -v wo="$WITHOUT_RATE" 'BEGIN { printf "%.1f", (wo - w) / wo * 100 }')

echo
echo "SLA benchmark ($(nproc) cores; load generator, PostgreSQL, Kafka and the service on this machine)"
printf '  %-58s %s\n' \
  "checker query, 100,000 open tickets: time (ms)" "$Q_MS (ratio to $T_QUERY_MS ms: $(ratio "$Q_MS" $T_QUERY_MS))" \
  "  rows due found (limit 500) / next_check_at index used" "$Q_ROWS / $Q_INDEX" \
  "warning after its instant, $WARN_N of $WARN_OPENED: p50 / p99 / max (ms)" "$WARN_P50 / $WARN_P99 / $WARN_MAX (p99 ratio to $T_WARN_P99_MS ms: $(ratio "$WARN_P99" $T_WARN_P99_MS))" \
  "  checker lag metric p99 (ms)" "${LAG:-n/a}" \
  "creates/s with SLA policies ($CLIENTS clients, median of $ROUNDS x ${DURATION} s)" "$WITH_RATE (${WITH_RATES[*]}; $WITH_FAILED failed)" \
  "creates/s without SLA policies (median of $ROUNDS x ${DURATION} s)" "$WITHOUT_RATE (${WITHOUT_RATES[*]}; $WITHOUT_FAILED failed)" \
  "drop in creates/s (%)" "$DROP (ratio to $T_DROP_PCT %: $(ratio "${DROP#-}" $T_DROP_PCT))" \
  "suite CPU per create with / without SLA policies (ms)" "$CPU_WITH / $CPU_WITHOUT" \
  "  drop in creates/s that this CPU cost means (%)" "$CPU_DROP (ratio to $T_DROP_PCT %: $(ratio "${CPU_DROP#-}" $T_DROP_PCT))"

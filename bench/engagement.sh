#!/usr/bin/env bash
# engagement-service benchmark (issue 11, "Tests and benchmark"). A script that prints figures, never
# a test.
#
#   ./mvnw -B -q -pl engagement-service,deploy/local -am package -DskipTests   # once: the jars it runs
#   bench/engagement.sh                          # about 10 minutes on 2 cores with the defaults
#   BENCH_EVENTS=100000 bench/engagement.sh      # about 8 minutes
#
# It starts a suite of its own with deploy/local's launcher (`up`, as ./rapport up does, but from a
# scratch directory: its own PostgreSQL, Kafka and engagement-service on free ports, stopped and
# removed at the end), then measures:
#   1. ingest: BENCH_EVENTS events of tickets' lives published first, with the service stopped, as
#      the producers' relays write them (bench/EngagementBench.java publish: the events module's
#      records as JSON, CloudEvents binary-mode headers, keyed by aggregate): ticket opened,
#      assigned, status changed, update posted, SLA warning and breach, resolved, reopened (full
#      TicketSummary payloads with SLA state), notification delivered and read, training completed,
#      skill gap changed, survey answered. The ceiling: a plain KafkaConsumer reading the same
#      records (same run, service stopped). Then the launcher is restarted with engagement-service,
#      which consumes from the start; events/s = events applied / (last processed_at - first
#      processed_at) of processed_events (each event's transaction start). Its own survey requests
#      (outbox -> rapport.engagement.v1 -> its consumer) count too. Checks that every published
#      event was applied exactly once (processed_events per channel = published). And what the ingest
#      cost: CPU per event of the service, PostgreSQL and Kafka while the backlog was consumed
#      (bench/suite_cpu.py over the launcher's and PostgreSQL's process trees), against the budget
#      the limit leaves (cores / 5,000 events/s): when every core is busy, the rate cannot pass
#      cores / CPU per event.
#   2. reads at BENCH_FACTS (1,000,000) facts: a history over BENCH_DAYS (400) days, 10 teams, 20
#      business services, 4 priorities, every fact kind, through POST /api/v1/facts:import (NDJSON,
#      chunks of BENCH_CHUNK lines, one at a time; the load time is printed), then VACUUM ANALYZE; then
#      BENCH_CLIENTS (4) clients for BENCH_SECONDS (20) s each, after a 10 s warm-up, with a lead's
#      JWT: GET /api/v1/metrics/teams/team-3 over the last 90 days by WEEK and by DAY (then the same by
#      one client alone, for the latency without a queue), and GET /api/v1/chain?team=team-3 (WEEK):
#      p50/p95/p99. The floor: EXPLAIN ANALYZE of the roll-up SQL
#      one such request runs on team_rollups (RollupReader's rows of the days, index-only, and the
#      stocks before them), timed in psql (plans in the scratch directory's explain.txt).
#   A table (figure | value | limit | ratio | pass) ends the output.
#
# Environment:
#   BENCH_EVENTS   events published for the ingest (default 200000)
#   BENCH_FACTS    facts imported for the reads (default 1000000); BENCH_DAYS (400); BENCH_CHUNK
#                  (10000 lines per import request)
#   BENCH_CLIENTS  concurrent clients for the reads (default 4); BENCH_SECONDS (20) per request kind
#   BENCH_KEEP=1   leave the suite and its scratch directory running (prints how to stop it)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LAUNCHER_CP="$ROOT/deploy/local/target/rapport-local.jar:$ROOT/deploy/local/target/lib/*"
EVENTS=${BENCH_EVENTS:-200000}
FACTS=${BENCH_FACTS:-1000000}
DAYS=${BENCH_DAYS:-400}
CHUNK=${BENCH_CHUNK:-10000}
CLIENTS=${BENCH_CLIENTS:-4}
SECONDS_EACH=${BENCH_SECONDS:-20}
T_INGEST=5000
T_METRICS_P95=50
T_CHAIN_P95=200
TEAM=team-3

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
ratio() { awk -v v="$1" -v t="$2" 'BEGIN { if (v ~ /^[0-9.]+$/) printf "%.2f", v / t; else print "n/a" }'; }

[[ -f $ROOT/deploy/local/target/rapport-local.jar && -f $ROOT/engagement-service/target/quarkus-app/quarkus-run.jar ]] \
  || die "build first: ./mvnw -B -q -pl engagement-service,deploy/local -am package -DskipTests"
command -v psql >/dev/null || die "needs psql (apt-get install postgresql-client)"

# Free ports (Kafka's controller takes the port after Kafka's).
read -r PG_PORT KAFKA_PORT ENGAGEMENT_PORT SMTP_PORT SINK_PORT < <(python3 "$ROOT/bench/free_ports.py" one pair one one one)
SCRATCH=$(mktemp -d /tmp/rapport-engagement-bench.XXXXXX)
export RAPPORT_PG_PORT=$PG_PORT RAPPORT_KAFKA_PORT=$KAFKA_PORT RAPPORT_ENGAGEMENT_PORT=$ENGAGEMENT_PORT \
  RAPPORT_SMTP_PORT=$SMTP_PORT RAPPORT_WEBHOOK_SINK_PORT=$SINK_PORT
URL=http://127.0.0.1:$ENGAGEMENT_PORT
KAFKA=127.0.0.1:$KAFKA_PORT
bench() { java -cp "$LAUNCHER_CP" "$ROOT/bench/EngagementBench.java" "$@" 2>>"$SCRATCH/bench.log" | tail -1; }
db() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d engagement_service "$@"; }
sql() { db -At -c "$1"; }

suite_stop() {
  if [[ -n ${SUITE_PID:-} ]]; then
    kill "$SUITE_PID" 2>/dev/null || true
    wait "$SUITE_PID" 2>/dev/null || true
    SUITE_PID=
  fi
}
stop() {
  local status=$?
  if [[ $status != 0 ]]; then
    log "failed ($status); the last lines of the load generator's and the service's logs:"
    tail -5 "$SCRATCH/bench.log" >&2 2>/dev/null || true
    grep -E 'ERROR|WARN' "$SCRATCH/.rapport/logs/engagement-service.log" 2>/dev/null | tail -5 >&2 || true
  fi
  if [[ ${BENCH_KEEP:-0} == 1 ]]; then
    log "Left running: kill ${SUITE_PID:-?}; rm -rf $SCRATCH"
    return
  fi
  suite_stop
  rm -rf "$SCRATCH"
}
trap stop EXIT
trap 'exit 130' INT TERM
suite_start() { # waits for the line of up's output that says it is ready
  (cd "$SCRATCH" && exec java -cp "$LAUNCHER_CP" dev.rapport.local.Launcher up) >> "$SCRATCH/up.log" 2>&1 &
  SUITE_PID=$!
  for _ in $(seq 1 300); do
    grep -q "$1" "$SCRATCH/up.log" && return
    kill -0 "$SUITE_PID" 2>/dev/null || { cat "$SCRATCH/up.log" >&2; die "the suite stopped"; }
    sleep 1
  done
  die "the suite was not ready after 300 s ($SCRATCH/up.log)"
}

# ---------------------------------------------------------------------------------------------
# 1. Ingest
# ---------------------------------------------------------------------------------------------
log "Starting PostgreSQL ($PG_PORT) and Kafka ($KAFKA_PORT) alone in $SCRATCH..."
suite_start "No service module has been built yet"
log "1. Publishing $EVENTS events (the service is not running yet)..."
read -r PUBLISHED P_TICKETS P_NOTIFICATIONS P_SKILLS P_ENGAGEMENT P_LIVES PUBLISH_MS < <(bench publish "$KAFKA" "$EVENTS" 11)
log "   $PUBLISHED events ($P_LIVES tickets: $P_TICKETS ticket, $P_NOTIFICATIONS notification, $P_SKILLS skills, $P_ENGAGEMENT survey) in $PUBLISH_MS ms"
log "   ceiling: a plain KafkaConsumer over the same records..."
read -r C_RECORDS C_MS C_RATE < <(bench ceiling "$KAFKA" "$PUBLISHED")
[[ $C_RECORDS == "$PUBLISHED" ]] || die "the plain consumer read $C_RECORDS of $PUBLISHED records"
log "   $C_RECORDS records in $C_MS ms = $C_RATE/s"

log "   restarting the suite with engagement-service ($ENGAGEMENT_PORT): it consumes from the start..."
suite_stop
mkdir -p "$SCRATCH/engagement-service/target"
cp -r "$ROOT/engagement-service/target/quarkus-app" "$SCRATCH/engagement-service/target/"
suite_start "Services ready in"
suite_cpu() { python3 "$ROOT/bench/suite_cpu.py" "$SUITE_PID" "$SCRATCH"; }
read -r CPU0_TOTAL CPU0_SERVICE CPU0_PG CPU0_KAFKA < <(suite_cpu)
channel_count() { sql "select count(*) from processed_events where consumer = 'engagement-service:$1'"; }
previous=-1 stalled=0
while :; do
  applied=$(sql "select count(*) from processed_events")
  own=$(sql "select count(*) from outbox where topic = 'rapport.engagement.v1'")
  (( applied >= PUBLISHED + own )) && break
  if [[ -z ${CPUH_TOTAL:-} ]] && (( applied >= PUBLISHED / 2 )); then # halfway: the JIT has warmed up
    read -r CPUH_TOTAL CPUH_SERVICE CPUH_PG CPUH_KAFKA < <(suite_cpu)
    APPLIED_HALF=$applied
  fi
  if (( applied == previous )); then
    stalled=$((stalled + 1))
    (( stalled >= 60 )) && die "ingest stalled at $applied of $((PUBLISHED + own)) events"
  else
    stalled=0
  fi
  previous=$applied
  sleep 1
done
read -r CPU1_TOTAL CPU1_SERVICE CPU1_PG CPU1_KAFKA < <(suite_cpu)
# Wait until the service's own survey requests (published by its relay) have come back too.
sleep 3
own=$(sql "select count(*) from outbox where topic = 'rapport.engagement.v1'")
unsent=$(sql "select count(*) from outbox where published_at is null")
read -r A_TICKETS A_NOTIFICATIONS A_SKILLS A_ENGAGEMENT < <(echo "$(channel_count tickets) $(channel_count notifications) $(channel_count skills) $(channel_count engagement)")
read -r APPLIED SPAN_MS < <(sql "select count(*), round(extract(epoch from max(processed_at) - min(processed_at)) * 1000) from processed_events" | tr '|' ' ')
INGEST_RATE=$(( APPLIED * 1000 / SPAN_MS ))
FACTS_AFTER_INGEST=$(sql "select count(*) from facts")
LOST=ok
[[ $A_TICKETS == "$P_TICKETS" && $A_NOTIFICATIONS == "$P_NOTIFICATIONS" && $A_SKILLS == "$P_SKILLS" \
   && $A_ENGAGEMENT == $((P_ENGAGEMENT + own)) && $unsent == 0 ]] || LOST=MISMATCH
log "   applied $APPLIED events in $SPAN_MS ms = $INGEST_RATE/s; $FACTS_AFTER_INGEST facts; counts $LOST"
# CPU per event while the backlog was consumed (from the service's readiness; its JIT compiler
# included): on a machine whose cores are all busy, the rate is at most cores / CPU per event.
TCK=$(getconf CLK_TCK)
per_event() { awk -v a="$1" -v b="$2" -v n="$APPLIED" -v h="$TCK" 'BEGIN { printf "%.3f", (b - a) * 1000 / h / n }'; }
CPU_SERVICE=$(per_event "$CPU0_SERVICE" "$CPU1_SERVICE")
CPU_PG=$(per_event "$CPU0_PG" "$CPU1_PG")
CPU_KAFKA=$(per_event "$CPU0_KAFKA" "$CPU1_KAFKA")
CPU_TOTAL=$(per_event "$CPU0_TOTAL" "$CPU1_TOTAL")
# The later half of the backlog, once the JIT compiler has done most of its work.
read -r LATE_N LATE_MS < <(sql "select count(*), round(extract(epoch from max(processed_at) - min(processed_at)) * 1000) from (select processed_at from processed_events order by processed_at offset $((APPLIED / 2))) later" | tr '|' ' ')
LATE_RATE=$(( LATE_N * 1000 / LATE_MS ))
CPU_LATE=n/a # when the first look found more than half of the backlog applied already
[[ -n ${CPUH_TOTAL:-} ]] && CPU_LATE=$(awk -v a="$CPUH_TOTAL" -v b="$CPU1_TOTAL" -v n="$(( APPLIED - APPLIED_HALF ))" -v h="$TCK" 'BEGIN { printf "%.3f", (b - a) * 1000 / h / n }')
CPU_BOUND=$(awk -v c="$(nproc)" -v t="$CPU_TOTAL" 'BEGIN { printf "%d", c * 1000 / t }')
CPU_BUDGET=$(awk -v c="$(nproc)" -v t="$T_INGEST" 'BEGIN { printf "%.3f", c * 1000 / t }')
log "   CPU per event (ms): service $CPU_SERVICE, PostgreSQL $CPU_PG, Kafka $CPU_KAFKA, suite $CPU_TOTAL; $(nproc) cores allow $CPU_BOUND/s at that cost"
log "   the later half of the backlog: $LATE_N events in $LATE_MS ms = $LATE_RATE/s; suite CPU per event $CPU_LATE ms"

# ---------------------------------------------------------------------------------------------
# 2. Reads at 1 M facts
# ---------------------------------------------------------------------------------------------
token() { (cd "$SCRATCH" && java -cp "$LAUNCHER_CP" dev.rapport.local.Launcher token --sub "$1" --roles "$2" --ttl 2h) | tail -1; }
ADMIN=$(token bench-admin@example.com admin)
LEAD=$(token bench-lead@example.com lead)
log "2. Importing $FACTS facts over $DAYS days through /api/v1/facts:import ($CHUNK lines a request)..."
read -r I_SENT I_ACCEPTED I_DUPLICATES I_REJECTED IMPORT_MS < <(bench facts "$URL" "$ADMIN" "$FACTS" "$DAYS" "$CHUNK" 1)
[[ $I_ACCEPTED == "$FACTS" ]] || die "import accepted $I_ACCEPTED of $FACTS facts ($I_DUPLICATES duplicates, $I_REJECTED rejected)"
IMPORT_RATE=$(( I_ACCEPTED * 1000 / IMPORT_MS ))
log "   $I_ACCEPTED facts in $IMPORT_MS ms = $IMPORT_RATE facts/s; vacuum analyze..."
db -c "vacuum analyze" >/dev/null
TOTAL_FACTS=$(sql "select count(*) from facts")
ROLLUP_ROWS=$(sql "select (select count(*) from rollups) + (select count(*) from stock_rollups)")
TODAY=$(date -u +%F)
FROM=$(date -u -d "$TODAY - 89 days" +%F)
M_WEEK="$URL/api/v1/metrics/teams/$TEAM?from=$FROM&to=$TODAY&granularity=WEEK"
M_DAY="$URL/api/v1/metrics/teams/$TEAM?from=$FROM&to=$TODAY&granularity=DAY"
CHAIN="$URL/api/v1/chain?team=$TEAM&from=$FROM&to=$TODAY&granularity=WEEK"
measure() { # url [clients]: warm-up (the JIT compiles the path), then "requests errors p50 p95 p99 max"
  bench load 10 "${2:-$CLIENTS}" "$LEAD" "$1" >/dev/null
  bench load "$SECONDS_EACH" "${2:-$CLIENTS}" "$LEAD" "$1"
}
log "   team metrics, 90 days by WEEK: $CLIENTS clients, $SECONDS_EACH s..."
read -r W_N W_ERR W_P50 W_P95 W_P99 W_MAX < <(measure "$M_WEEK")
log "   team metrics, 90 days by DAY..."
read -r D_N D_ERR D_P50 D_P95 D_P99 D_MAX < <(measure "$M_DAY")
log "   the same two by one client alone (the latency of one user, no queue)..."
read -r W1_N W1_ERR W1_P50 W1_P95 W1_P99 W1_MAX < <(measure "$M_WEEK" 1)
read -r D1_N D1_ERR D1_P50 D1_P95 D1_P99 D1_MAX < <(measure "$M_DAY" 1)
log "   chain report, 90 days by WEEK..."
read -r C_N C_ERR C2_P50 C2_P95 C2_P99 C2_MAX < <(measure "$CHAIN")
explain() { db -At -c "explain (analyze, buffers) $1" | tee -a "$SCRATCH/explain.txt" | awk '/Execution Time:/ { print $3 }'; }
F_DAYS=$(explain "select day, series, n, total, buckets from team_rollups where day between '$FROM' and '$TODAY' and team_id = '$TEAM'")
F_STOCKS=$(explain "select series, sum(n), sum(total) from team_rollups where day < '$FROM' and (series = 'BACKLOG' or series like 'GAP_OPEN:%') and team_id = '$TEAM' group by series")
F_TOTAL=$(awk -v a="$F_DAYS" -v c="$F_STOCKS" 'BEGIN { printf "%.1f", a + c }')

pass() { awk -v v="$1" -v t="$2" -v dir="$3" 'BEGIN { if (v !~ /^[0-9.]+$/) print "n/a"; else if ((dir == "min" && v >= t) || (dir == "max" && v < t)) print "yes"; else print "NO" }'; }
echo
echo "engagement-service benchmark ($(nproc) cores; PostgreSQL, Kafka, the service and the load generator on this machine)"
printf '  %-62s %s\n' \
  "published (service stopped): events / ticket lives / ms" "$PUBLISHED / $P_LIVES / $PUBLISH_MS" \
  "  tickets / notifications / skills / surveys" "$P_TICKETS / $P_NOTIFICATIONS / $P_SKILLS / $P_ENGAGEMENT" \
  "ceiling: plain KafkaConsumer over them (records/s)" "$C_RATE ($C_RECORDS in $C_MS ms)" \
  "ingest: events applied / first-to-last (ms) / events/s" "$APPLIED / $SPAN_MS / $INGEST_RATE" \
  "  of which the service's own survey events" "$own" \
  "  applied per channel = published (tickets notif. skills eng.)" "$A_TICKETS $A_NOTIFICATIONS $A_SKILLS $A_ENGAGEMENT: $LOST" \
  "  ratio to the ceiling" "$(ratio "$INGEST_RATE" "$C_RATE")" \
  "  facts after the ingest" "$FACTS_AFTER_INGEST" \
  "  CPU per event (ms): service / PostgreSQL / Kafka / suite" "$CPU_SERVICE / $CPU_PG / $CPU_KAFKA / $CPU_TOTAL" \
  "  events/s that $(nproc) cores allow at that CPU per event" "$CPU_BOUND" \
  "  the later half (JIT mostly done): events / ms / events/s / suite CPU per event (ms)" "$LATE_N / $LATE_MS / $LATE_RATE / $CPU_LATE" \
  "import: facts / ms / facts/s" "$I_ACCEPTED / $IMPORT_MS / $IMPORT_RATE" \
  "  facts in all / roll-up rows" "$TOTAL_FACTS / $ROLLUP_ROWS" \
  "team metrics 90 d WEEK: requests / errors / p50 / p95 / p99 / max (ms)" "$W_N / $W_ERR / $W_P50 / $W_P95 / $W_P99 / $W_MAX" \
  "team metrics 90 d DAY:  requests / errors / p50 / p95 / p99 / max (ms)" "$D_N / $D_ERR / $D_P50 / $D_P95 / $D_P99 / $D_MAX" \
  "  one client alone, WEEK: requests / errors / p50 / p95 / p99 / max (ms)" "$W1_N / $W1_ERR / $W1_P50 / $W1_P95 / $W1_P99 / $W1_MAX" \
  "  one client alone, DAY:  requests / errors / p50 / p95 / p99 / max (ms)" "$D1_N / $D1_ERR / $D1_P50 / $D1_P95 / $D1_P99 / $D1_MAX" \
  "chain 90 d WEEK:        requests / errors / p50 / p95 / p99 / max (ms)" "$C_N / $C_ERR / $C2_P50 / $C2_P95 / $C2_P99 / $C2_MAX" \
  "floor: RollupReader's SQL of one request in psql (ms)" "days $F_DAYS + stocks $F_STOCKS = $F_TOTAL"
echo
echo "| figure | value | limit | ratio | pass |"
echo "|---|---|---|---|---|"
echo "| ingest (events/s) | $INGEST_RATE | >= $T_INGEST | $(ratio "$INGEST_RATE" $T_INGEST) | $(pass "$INGEST_RATE" $T_INGEST min) |"
echo "| ingest vs plain consumer (events/s) | $INGEST_RATE | $C_RATE (ceiling) | $(ratio "$INGEST_RATE" "$C_RATE") | - |"
echo "| ingest, the later half of the backlog (events/s) | $LATE_RATE | >= $T_INGEST | $(ratio "$LATE_RATE" $T_INGEST) | $(pass "$LATE_RATE" $T_INGEST min) |"
echo "| suite CPU per event while ingesting (ms) | $CPU_TOTAL | $CPU_BUDGET ($(nproc) cores / $T_INGEST per s) | $(ratio "$CPU_TOTAL" "$CPU_BUDGET") | $(pass "$CPU_TOTAL" "$CPU_BUDGET" max) |"
echo "| nothing lost, nothing twice | $LOST | ok | - | $([[ $LOST == ok ]] && echo yes || echo NO) |"
echo "| team metrics 90 d WEEK p95 (ms) | $W_P95 | < $T_METRICS_P95 | $(ratio "$W_P95" $T_METRICS_P95) | $(pass "$W_P95" $T_METRICS_P95 max) |"
echo "| team metrics 90 d DAY p95 (ms) | $D_P95 | < $T_METRICS_P95 | $(ratio "$D_P95" $T_METRICS_P95) | $(pass "$D_P95" $T_METRICS_P95 max) |"
echo "| chain report 90 d p95 (ms) | $C2_P95 | < $T_CHAIN_P95 | $(ratio "$C2_P95" $T_CHAIN_P95) | $(pass "$C2_P95" $T_CHAIN_P95 max) |"
echo "| roll-up SQL floor (ms) | $F_TOTAL | - | $(ratio "$W_P50" "$F_TOTAL") x (WEEK p50 / floor) | - |"

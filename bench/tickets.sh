#!/usr/bin/env bash
# ticket-service benchmark (issue 2, section 6). A script that prints figures, never a test.
#
#   ./rapport up            # in another terminal: the suite must be running
#   bench/tickets.sh        # about 3-4 minutes; every step is bounded in time
#
# What it measures, in order, and prints as a summary table with the targets:
#   1. POST /api/v1/tickets with hey: warm-up, then 8 and 32 concurrent clients, BENCH_DURATION s each
#   2. GET /api/v1/tickets/{id} at 32 clients
#   3. pgbench: the same statements a create issues (bench/ticket-create.pgbench), one
#      transaction, prepared, 32 clients: the PostgreSQL ceiling for creates
#   4. outbox lag at a fixed 1,000 creates/s: broker timestamp - ce_time of each
#      rapport.ticket.opened.v1, read with kcat
#   5. ticket-service RSS after the load, and its start-up time from its log
#
# Loopback only: ticket-service, PostgreSQL and Kafka must be on this machine.
#
# Environment:
#   TICKET_URL          ticket-service (default http://localhost:8081)
#   RAPPORT_PG_PORT     PostgreSQL of ./rapport up (default 15432; user postgres)
#   RAPPORT_KAFKA_PORT  Kafka of ./rapport up (default 19092)
#   TICKET_DB           ticket-service's database (default: whichever of ticket_service and
#                       ticket-service exists)
#   RAPPORT_TOKEN       bearer token to use (default: ./rapport token --sub bench-agent --roles agent)
#   RAPPORT_STATE       the suite's state directory, for logs/ticket-service.log (default .rapport)
#   BENCH_DURATION      seconds per measured run (default 20); BENCH_WARMUP (default 5)
#   BENCH_OUT           where raw outputs are kept (default a new /tmp/rapport-bench.* folder)
#   BENCH_KEEP_PGBENCH_ROWS=1  keep the rows pgbench inserted (they are deleted by default)
#
# Tools (installed with apt-get when missing, as root): hey, jq, kcat, pgbench/psql, ss, curl.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_DIR="$ROOT/bench"
TICKET_URL=${TICKET_URL:-http://localhost:8081}
TICKET_URL=${TICKET_URL%/}
PG_PORT=${RAPPORT_PG_PORT:-15432}
KAFKA_PORT=${RAPPORT_KAFKA_PORT:-19092}
KAFKA="localhost:$KAFKA_PORT"
TOPIC=rapport.tickets.v1
OPENED_TYPE=rapport.ticket.opened.v1
STATE=${RAPPORT_STATE:-$ROOT/.rapport}
DURATION=${BENCH_DURATION:-20}
WARMUP=${BENCH_WARMUP:-5}
LAG_RATE_WORKERS=10   # x LAG_RATE_PER_WORKER = 1,000 creates/s
LAG_RATE_PER_WORKER=100
DRAIN_MAX=120         # seconds to wait for the outbox relay to catch up between phases
PGBENCH_SCRIPT="$BENCH_DIR/ticket-create.pgbench"
PGBENCH_CLEANUP="$BENCH_DIR/ticket-create-cleanup.sql"

# Targets (issue 2, section 6; 2 cores, load tool included).
T_CREATE_RPS=3000
T_CREATE_P99_MS=25
T_READ_RPS=8000
T_LAG_P99_MS=100
T_RSS_MB=300
T_STARTUP_S=3

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------------------------------------
# Parsing (pure functions, also run on sample output: see the self-test at the end of the file)
# ---------------------------------------------------------------------------------------------

# hey's text report -> "ok_rps all_rps p50_ms p99_ms ok_count error_count"
# ok = 2xx responses; errors = non-2xx responses + requests that failed (hey's "Error distribution").
# ok_rps = 2xx responses / run time (hey's own Requests/sec counts errors too).
parse_hey() {
  awk '
    /^ *Total:/ && !total_s { total_s = $2 }
    /Requests\/sec:/ { rps = $2 }
    /^ *50%+ in / { p50 = sprintf("%.1f", $3 * 1000) }
    /^ *99%+ in / { p99 = sprintf("%.1f", $3 * 1000) }
    /^Status code distribution:/ { section = "status"; next }
    /^Error distribution:/ { section = "error"; next }
    /^[A-Z]/ { section = "" }
    section == "status" && $1 ~ /^\[[0-9]+\]$/ {
      code = $1; gsub(/[^0-9]/, "", code)
      if (code >= 200 && code < 300) ok += $2; else bad += $2
    }
    section == "error" && $1 ~ /^\[[0-9]+\]$/ { n = $1; gsub(/[^0-9]/, "", n); bad += n }
    END {
      if (total_s == "" || rps == "") { print "parse-error"; exit 1 }
      printf "%.0f %.0f %s %s %d %d\n", (total_s > 0 ? ok / total_s : 0), rps,
        (p50 == "" ? "n/a" : p50), (p99 == "" ? "n/a" : p99), ok, bad
    }'
}

# pgbench output -> "tps failed"
parse_pgbench() {
  awk '
    /^tps = / { tps = $3 }
    /^number of failed transactions:/ { failed = $5 }
    END {
      if (tps == "") { print "parse-error"; exit 1 }
      printf "%.0f %d\n", tps, failed
    }'
}

# Lines "<received_ms> <kafka_timestamp_ms> <headers as n=v,n=v>" (kcat -f '%T %h', prefixed with the
# receive time) -> lines "<timestamp - ce_time> <received - ce_time>" in ms, for events of
# type $1 whose ce_time is at or after $2 (epoch ms).
lag_lines() {
  awk -v want_type="$1" -v since_ms="$2" '
    function days_from_civil(y, m, d,    era, yoe, doy, doe) {
      y -= (m <= 2)
      era = int((y >= 0 ? y : y - 399) / 400)
      yoe = y - era * 400
      doy = int((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
      doe = yoe * 365 + int(yoe / 4) - int(yoe / 100) + doy
      return era * 146097 + doe - 719468
    }
    # RFC 3339 (2026-11-26T09:15:42.078519Z, or with +hh:mm) -> epoch ms; -1 if malformed
    function rfc3339_ms(s,    rest, i, f, frac, off, sign) {
      if (substr(s, 5, 1) != "-" || substr(s, 11, 1) !~ /[Tt ]/ || substr(s, 14, 1) != ":") return -1
      rest = substr(s, 20); frac = 0; off = 0
      if (substr(rest, 1, 1) == ".") {
        f = ""; i = 2
        while (substr(rest, i, 1) ~ /[0-9]/) { f = f substr(rest, i, 1); i++ }
        frac = ("0." f) + 0; rest = substr(rest, i)
      }
      if (rest ~ /^[+-]/) {
        sign = (substr(rest, 1, 1) == "-") ? -1 : 1
        off = sign * (substr(rest, 2, 2) * 3600 + substr(rest, 5, 2) * 60)
      }
      return (days_from_civil(substr(s, 1, 4) + 0, substr(s, 6, 2) + 0, substr(s, 9, 2) + 0) * 86400 \
              + substr(s, 12, 2) * 3600 + substr(s, 15, 2) * 60 + substr(s, 18, 2) - off + frac) * 1000
    }
    function header(name,    v) {
      if (!match(headers, "(^|,)" name "=[^,]*")) return ""
      v = substr(headers, RSTART, RLENGTH); sub(/^,/, "", v)
      return substr(v, length(name) + 2)
    }
    {
      received = $1; ts = $2; headers = $0
      sub(/^[^ ]+ [^ ]+ ?/, "", headers)
      if (header("ce_type") != want_type) next
      ce = rfc3339_ms(header("ce_time"))
      if (ce < 0 || ce < since_ms || ts < 0) next
      printf "%.0f %s\n", ts - ce, (received < 0 ? "n/a" : sprintf("%.0f", received - ce))
    }'
}

# Numbers on stdin -> the p-th percentile (nearest rank), or n/a when there are none.
percentile() {
  sort -n | awk -v p="$1" '
    /^-?[0-9.]+$/ { a[++n] = $1 }
    END {
      if (n == 0) { print "n/a"; exit }
      i = int(p / 100 * n); if (i < p / 100 * n) i++; if (i < 1) i = 1; if (i > n) i = n
      print a[i]
    }'
}

# 1 if "$1 $2 $3" holds (e.g. ge 3100 3000), 0 if not, n/a if a figure is missing.
check() {
  local op=$1 value=$2 target=$3
  [[ $value =~ ^-?[0-9.]+$ ]] || { echo n/a; return; }
  awk -v v="$value" -v t="$target" -v op="$op" 'BEGIN {
    ok = (op == "ge") ? (v >= t) : (op == "le") ? (v <= t) : (v == t)
    print (ok ? "ok" : "MISSED") }'
}

# ---------------------------------------------------------------------------------------------
# Self-test of the parsers on sample output: bench/tickets.sh --self-test
# ---------------------------------------------------------------------------------------------
self_test() {
  local sample got
  sample=$'\nSummary:\n  Total:\t20.0061 secs\n  Slowest:\t0.1200 secs\n  Fastest:\t0.0011 secs\n  Average:\t0.0099 secs\n  Requests/sec:\t3210.4567\n  \n  Total data:\t1234567 bytes\n  Size/request:\t19 bytes\n\nLatency distribution:\n  10%% in 0.0031 secs\n  50%% in 0.0082 secs\n  99%% in 0.0234 secs\n\nStatus code distribution:\n  [201]\t64100 responses\n  [409]\t3 responses\n  [503]\t2 responses\n\nError distribution:\n  [4]\tPost "http://localhost:8081/api/v1/tickets": context deadline exceeded\n'
  got=$(printf '%s' "$sample" | parse_hey)
  [[ $got == "3204 3210 8.2 23.4 64100 9" ]] || die "parse_hey self-test: got '$got'"
  sample=$'\nSummary:\n  Total:\t1.0008 secs\n  Requests/sec:\t66492.8437\n\nLatency distribution:\n\nStatus code distribution:\n\nError distribution:\n  [66544]\tGet "http://127.0.0.1:1/x": dial tcp: connection refused\n'
  got=$(printf '%s' "$sample" | parse_hey)
  [[ $got == "0 66493 n/a n/a 0 66544" ]] || die "parse_hey self-test (all failed): got '$got'"
  got=$(printf 'number of transactions actually processed: 250000\nnumber of failed transactions: 0 (0.000%%)\nlatency average = 2.557 ms\ntps = 12512.345678 (without initial connection time)\n' | parse_pgbench)
  [[ $got == "12512 0" ]] || die "parse_pgbench self-test: got '$got'"
  # 2026-11-26T09:15:42.078Z = 1795684542078 ms
  got=$(printf '%s\n' \
    '1795684542130 1795684542101 ce_specversion=1.0,ce_id=a,ce_type=rapport.ticket.opened.v1,ce_source=/rapport/ticket-service,ce_subject=x,ce_time=2026-11-26T09:15:42.078Z' \
    '1795684542130 1795684542101 ce_time=2026-11-26T10:15:42.000123+01:00,ce_type=rapport.ticket.opened.v1' \
    '-1 1795684542101 ce_type=rapport.ticket.updated.v1,ce_time=2026-11-26T09:15:42.078Z' \
    '-1 1795684542101 ce_type=rapport.ticket.opened.v1,ce_time=2026-11-25T09:15:42.078Z' \
    | lag_lines rapport.ticket.opened.v1 1795680000000)
  [[ $got == $'23 52\n101 130' ]] || die "lag_lines self-test: got '$got'"
  got=$(printf '%s\n' 5 1 4 2 3 100 7 8 9 10 | percentile 50)
  [[ $got == 5 ]] || die "percentile self-test: got '$got'"
  got=$(printf '%s\n' 5 1 4 2 3 100 7 8 9 10 | percentile 99)
  [[ $got == 100 ]] || die "percentile self-test (p99): got '$got'"
  got=$(printf '' | percentile 99)
  [[ $got == n/a ]] || die "percentile self-test (empty): got '$got'"
  [[ $(check ge 3100 3000) == ok && $(check le 31.5 25) == MISSED && $(check le n/a 25) == n/a ]] \
    || die "check self-test"
  echo "self-test passed"
}

if [[ ${1:-} == --self-test ]]; then
  self_test
  exit 0
fi

# ---------------------------------------------------------------------------------------------
# Preconditions: loopback, tools, a running suite, a token
# ---------------------------------------------------------------------------------------------

hostport=${TICKET_URL#*://}
hostport=${hostport%%/*}
case $hostport in
  \[*\]:*) TICKET_HOST=${hostport%%]:*}]; TICKET_PORT=${hostport##*]:} ;;
  \[*\]) TICKET_HOST=$hostport; TICKET_PORT=80 ;;
  *:*) TICKET_HOST=${hostport%:*}; TICKET_PORT=${hostport##*:} ;;
  *) TICKET_HOST=$hostport; TICKET_PORT=80 ;;
esac
case $TICKET_HOST in
  localhost | 127.* | '[::1]') ;;
  *) die "TICKET_URL must point at this machine (localhost, 127.x or [::1]), not '$TICKET_HOST'" ;;
esac
[[ $TICKET_PORT =~ ^[0-9]+$ ]] || die "cannot read the port of TICKET_URL=$TICKET_URL"

ensure_tools() {
  local missing=()
  command -v hey >/dev/null || missing+=(hey)
  command -v jq >/dev/null || missing+=(jq)
  command -v kcat >/dev/null || missing+=(kcat)
  command -v curl >/dev/null || missing+=(curl)
  command -v ss >/dev/null || missing+=(iproute2)
  command -v psql >/dev/null && psql --version >/dev/null 2>&1 || missing+=(postgresql-client)
  # pgbench comes with the server package on Debian; /usr/bin/pgbench is only a wrapper.
  command -v pgbench >/dev/null && pgbench --version >/dev/null 2>&1 || missing+=(postgresql)
  ((${#missing[@]} == 0)) && return
  [[ $(id -u) == 0 ]] || die "missing tools; install them first: apt-get install ${missing[*]}"
  log "installing ${missing[*]} (apt-get)"
  if [[ " ${missing[*]} " == *" postgresql "* ]]; then
    # pgbench only: no PostgreSQL cluster of the package's own on port 5432.
    mkdir -p /etc/postgresql-common/createcluster.d
    echo 'create_main_cluster = false' >/etc/postgresql-common/createcluster.d/rapport-bench.conf
  fi
  timeout 300 apt-get update -qq
  DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}
ensure_tools

OUT=${BENCH_OUT:-$(mktemp -d /tmp/rapport-bench.XXXXXX)}
mkdir -p "$OUT"
KCAT_PID_FILE="$OUT/kcat.pid"

cleanup() {
  # Only what this script started: the kcat consumer of the lag phase, if still running.
  if [[ -s $KCAT_PID_FILE ]]; then
    kill "$(cat "$KCAT_PID_FILE")" 2>/dev/null || true
    rm -f "$KCAT_PID_FILE"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export PGCONNECT_TIMEOUT=5 PGPASSWORD=${PGPASSWORD:-postgres}
psql_q() { timeout 30 psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }

curl -fsS -m 5 -o /dev/null "$TICKET_URL/q/health/ready" \
  || die "ticket-service is not ready at $TICKET_URL/q/health/ready: start the suite with ./rapport up"
timeout 10 kcat -L -b "$KAFKA" -t "$TOPIC" >/dev/null 2>&1 || die "Kafka does not answer on $KAFKA"
psql_q -d postgres -c 'select 1' >/dev/null || die "PostgreSQL does not answer on 127.0.0.1:$PG_PORT"

if [[ -n ${TICKET_DB:-} ]]; then
  DB=$TICKET_DB
else
  DB=$(psql_q -d postgres -c "select datname from pg_database
        where datname in ('ticket_service', 'ticket-service') order by datname desc limit 1")
  [[ -n $DB ]] || die "no ticket-service database on 127.0.0.1:$PG_PORT (set TICKET_DB)"
fi

if [[ -n ${RAPPORT_TOKEN:-} ]]; then
  TOKEN=$RAPPORT_TOKEN
else
  [[ -x $ROOT/rapport ]] || die "$ROOT/rapport not found (or set RAPPORT_TOKEN)"
  token_output=$(cd "$ROOT" && timeout 120 ./rapport token --sub bench-agent --roles agent) \
    || die "./rapport token --sub bench-agent --roles agent failed"
  TOKEN=$(grep -Eo 'eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+' <<<"$token_output" | tail -n 1 || true)
  [[ -n $TOKEN ]] || die "./rapport token printed no JWT"
fi

BODY='{"type":"INCIDENT","title":"Printer on floor 3 is jammed","description":"The printer by the lifts shows error 13.2 and no job comes out since 9:00; the queue holds 40 jobs.","impact":"MEDIUM","urgency":"HIGH"}'
CREATE_URL="$TICKET_URL/api/v1/tickets"

status=$(curl -sS -m 10 -o "$OUT/first-create.json" -w '%{http_code}' -X POST \
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$BODY" "$CREATE_URL")
[[ $status == 201 ]] || die "POST $CREATE_URL answered $status: $(head -c 400 "$OUT/first-create.json")"
TICKET_ID=$(jq -er .id "$OUT/first-create.json") || die "no id in the create response"
READ_URL="$TICKET_URL/api/v1/tickets/$TICKET_ID"

log "ticket-service $TICKET_URL, database $DB on 127.0.0.1:$PG_PORT, Kafka $KAFKA; raw output in $OUT"

# hey for a bounded time: run_hey <name> <seconds> <hey options...> <url>
run_hey() {
  local name=$1 seconds=$2
  shift 2
  timeout $((seconds + 60)) hey -z "${seconds}s" -H "Authorization: Bearer $TOKEN" "$@" \
    >"$OUT/$name.txt" 2>&1 || die "hey ($name) failed: $(tail -n 5 "$OUT/$name.txt")"
}
create_hey() { local name=$1 seconds=$2; shift 2; run_hey "$name" "$seconds" -m POST -T application/json -d "$BODY" "$@" "$CREATE_URL"; }

declare -A R # results, e.g. R[create-c32.rps]

# store_hey <name>: hey's report $OUT/<name>.txt -> R[<name>.rps|.p50|.p99|.ok|.err]
store_hey() {
  local ok_rps p50 p99 ok err
  read -r ok_rps _ p50 p99 ok err < <(parse_hey <"$OUT/$1.txt")
  R["$1.rps"]=$ok_rps R["$1.p50"]=$p50 R["$1.p99"]=$p99 R["$1.ok"]=$ok R["$1.err"]=$err
}

# ---------------------------------------------------------------------------------------------
# Outbox drain: the sum of the topic's end offsets stops moving
# ---------------------------------------------------------------------------------------------
PARTITIONS=$(timeout 10 kcat -L -b "$KAFKA" -t "$TOPIC" -J | jq -r '.topics[0].partitions[].partition')
[[ -n $PARTITIONS ]] || die "topic $TOPIC has no partitions on $KAFKA"

end_offsets() {
  local args=() p
  for p in $PARTITIONS; do args+=(-t "$TOPIC:$p:-1"); done
  timeout 10 kcat -Q -b "$KAFKA" "${args[@]}" 2>/dev/null | awk '$3 == "offset" { s += $4 } END { print s + 0 }'
}

wait_for_drain() {
  local previous=-1 current stable=0 waited=0
  while ((waited < DRAIN_MAX)); do
    current=$(end_offsets)
    if [[ $current == "$previous" ]]; then stable=$((stable + 1)); else stable=0; fi
    ((stable >= 3)) && return 0
    previous=$current
    sleep 1
    waited=$((waited + 1))
  done
  log "warning: the outbox relay was still publishing after ${DRAIN_MAX}s; the next phase competes with it"
}

# ---------------------------------------------------------------------------------------------
# 1. Creates
# ---------------------------------------------------------------------------------------------
log "warm-up: ${WARMUP}s of creates at 32 clients"
create_hey warmup-create "$WARMUP" -c 32
store_hey warmup-create
wait_for_drain

for clients in 8 32; do
  log "create: ${DURATION}s at $clients clients"
  create_hey "create-c$clients" "$DURATION" -c "$clients"
  store_hey "create-c$clients"
  log "  ${R[create-c$clients.rps]} req/s, p50 ${R[create-c$clients.p50]} ms, p99 ${R[create-c$clients.p99]} ms, errors ${R[create-c$clients.err]}"
  wait_for_drain
done

# ---------------------------------------------------------------------------------------------
# 2. Reads by id
# ---------------------------------------------------------------------------------------------
log "read: ${WARMUP}s warm-up, then ${DURATION}s of GET by id at 32 clients"
run_hey warmup-read "$WARMUP" -c 32 "$READ_URL"
run_hey read-c32 "$DURATION" -c 32 "$READ_URL"
store_hey read-c32
log "  ${R[read-c32.rps]} req/s, p50 ${R[read-c32.p50]} ms, p99 ${R[read-c32.p99]} ms, errors ${R[read-c32.err]}"

# ---------------------------------------------------------------------------------------------
# 3. pgbench: the statements of one create, prepared, in one transaction
# ---------------------------------------------------------------------------------------------
R[pg.tps]=n/a
R[pg.failed]=n/a
# The outbox row's data: a real rapport.ticket.opened.v1 body, bound as a parameter.
PGBENCH_PAYLOAD='{"ticket":{"id":"7d0f6a0e-4c1b-4f5e-9a51-2f0c7c1e9b42","key":"T-1042","type":"INCIDENT","title":"Printer on floor 3 is jammed","status":"NEW","priority":"P2","impact":"MEDIUM","urgency":"HIGH","requester":"bench-agent","assignee":null,"teamId":null,"businessServiceId":null,"businessServiceName":null,"category":null,"requiredSkills":[],"watchers":[],"stakeholders":[],"progress":{"completed":0,"total":0},"createdAt":"2026-11-26T08:41:07.312Z","updatedAt":"2026-11-26T08:41:07.312Z"},"actor":"bench-agent","description":"The printer by the lifts shows error 13.2 and no job comes out since 9:00; the queue holds 40 jobs."}'
pgbench_run() {
  timeout $((DURATION + 60)) pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -M prepared \
    -D "payload=$PGBENCH_PAYLOAD" -f "$PGBENCH_SCRIPT" "$@" "$DB"
}
log "pgbench: ${DURATION}s of $PGBENCH_SCRIPT at 32 clients"
if ! pgbench_run -c 1 -t 1 >"$OUT/pgbench-check.txt" 2>&1; then
  log "warning: bench/ticket-create.pgbench does not match ticket-service's schema (fix its PLACEHOLDER lines):"
  grep -E 'ERROR|error' "$OUT/pgbench-check.txt" | head -n 3 >&2 || true
elif pgbench_run -c 32 -j 2 -T "$DURATION" >"$OUT/pgbench.txt" 2>&1; then
  read -r tps failed < <(parse_pgbench <"$OUT/pgbench.txt")
  R[pg.tps]=$tps R[pg.failed]=$failed
  log "  ${R[pg.tps]} tps, ${R[pg.failed]} failed"
else
  log "warning: pgbench failed: $(tail -n 3 "$OUT/pgbench.txt")"
fi
if [[ ${BENCH_KEEP_PGBENCH_ROWS:-0} != 1 ]]; then
  PGOPTIONS='-c statement_timeout=120s' psql_q -d "$DB" -f "$PGBENCH_CLEANUP" >/dev/null \
    || log "warning: could not delete pgbench's rows (bench/ticket-create-cleanup.sql)"
fi
R[ratio]=n/a
if [[ ${R[pg.tps]} =~ ^[0-9]+$ && ${R[pg.tps]} != 0 ]]; then
  R[ratio]=$(awk -v a="${R[create-c32.rps]}" -v b="${R[pg.tps]}" 'BEGIN { printf "%.2f", a / b }')
fi
wait_for_drain

# ---------------------------------------------------------------------------------------------
# 4. Outbox lag at 1,000 creates/s
# ---------------------------------------------------------------------------------------------
rate=$((LAG_RATE_WORKERS * LAG_RATE_PER_WORKER))
log "outbox lag: ${DURATION}s of creates at $rate/s, reading $TOPIC with kcat"
# Receive time of each record, to bound the lag from above when the topic keeps producer
# timestamps (CreateTime) rather than broker append times (LogAppendTime).
if perl -MTime::HiRes -e 1 2>/dev/null; then
  stamp() { perl -MTime::HiRes=time -ne 'BEGIN { $| = 1 } printf("%.0f %s", time() * 1000, $_)'; }
else
  stamp() { sed -u 's/^/-1 /'; }
fi
(
  echo "$BASHPID" >"$KCAT_PID_FILE"
  exec timeout $((DURATION + 40)) kcat -C -b "$KAFKA" -t "$TOPIC" -o end -u -q -f '%T %h\n'
) 2>"$OUT/kcat.err" | stamp >"$OUT/lag-records.txt" &
consumer=$!
sleep 3 # kcat: metadata, assignment, end offsets
since_ms=$(date +%s%3N)
create_hey "create-lag-${rate}ps" "$DURATION" -c "$LAG_RATE_WORKERS" -q "$LAG_RATE_PER_WORKER"
store_hey "create-lag-${rate}ps"
R[lag.rate]=${R[create-lag-${rate}ps.rps]} R[lag.ok]=${R[create-lag-${rate}ps.ok]} R[lag.err]=${R[create-lag-${rate}ps.err]}
sleep 5 # the last events: relay poll + publish
if [[ -s $KCAT_PID_FILE ]]; then kill "$(cat "$KCAT_PID_FILE")" 2>/dev/null || true; fi
rm -f "$KCAT_PID_FILE"
wait "$consumer" 2>/dev/null || true
lag_lines "$OPENED_TYPE" "$since_ms" <"$OUT/lag-records.txt" >"$OUT/lag-ms.txt"
R[lag.n]=$(wc -l <"$OUT/lag-ms.txt" | tr -d ' ')
R[lag.p50]=$(cut -d' ' -f1 "$OUT/lag-ms.txt" | percentile 50)
R[lag.p99]=$(cut -d' ' -f1 "$OUT/lag-ms.txt" | percentile 99)
R[lagrx.p50]=$(cut -d' ' -f2 "$OUT/lag-ms.txt" | percentile 50)
R[lagrx.p99]=$(cut -d' ' -f2 "$OUT/lag-ms.txt" | percentile 99)
log "  ${R[lag.n]} events at ${R[lag.rate]} creates/s: lag p50 ${R[lag.p50]} ms, p99 ${R[lag.p99]} ms (received: p50 ${R[lagrx.p50]}, p99 ${R[lagrx.p99]})"

# ---------------------------------------------------------------------------------------------
# 5. RSS and start-up
# ---------------------------------------------------------------------------------------------
R[rss]=n/a
pid=$(ss -H -ltnp "sport = :$TICKET_PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2 || true)
if [[ -n $pid ]]; then
  R[rss]=$(ps -o rss= -p "$pid" | awk '{ printf "%.0f", $1 / 1024 }')
else
  log "warning: no process found listening on port $TICKET_PORT (ss -ltnp)"
fi
R[startup]=n/a
if [[ -f $STATE/logs/ticket-service.log ]]; then
  R[startup]=$(grep -Eo 'started in [0-9.]+s' "$STATE/logs/ticket-service.log" | tail -n 1 \
    | grep -Eo '[0-9.]+' || echo n/a)
else
  log "warning: $STATE/logs/ticket-service.log not found"
fi

# ---------------------------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------------------------
row() { printf '%-34s %-30s %-18s %s\n' "$@"; }
echo
echo "ticket-service benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores," \
  "commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), raw output in $OUT"
echo
row "measure" "figure" "target" "verdict"
row "-------" "------" "------" "-------"
row "create, 8 clients" "${R[create-c8.rps]} req/s" "" ""
row "  p50 / p99, errors" "${R[create-c8.p50]} / ${R[create-c8.p99]} ms, ${R[create-c8.err]}" "" ""
row "create, 32 clients" "${R[create-c32.rps]} req/s" ">= $T_CREATE_RPS req/s" "$(check ge "${R[create-c32.rps]}" $T_CREATE_RPS)"
row "  p50 / p99" "${R[create-c32.p50]} / ${R[create-c32.p99]} ms" "p99 <= $T_CREATE_P99_MS ms" "$(check le "${R[create-c32.p99]}" $T_CREATE_P99_MS)"
row "  errors (non-2xx or failed)" "${R[create-c32.err]}" "0" "$(check eq "${R[create-c32.err]}" 0)"
row "read by id, 32 clients" "${R[read-c32.rps]} req/s" ">= $T_READ_RPS req/s" "$(check ge "${R[read-c32.rps]}" $T_READ_RPS)"
row "  p50 / p99, errors" "${R[read-c32.p50]} / ${R[read-c32.p99]} ms, ${R[read-c32.err]}" "" ""
row "pgbench create tx, 32 clients" "${R[pg.tps]} tps, ${R[pg.failed]} failed" "" ""
row "create (32) / pgbench" "${R[ratio]}" "" ""
row "outbox lag p50 / p99 (broker ts)" "${R[lag.p50]} / ${R[lag.p99]} ms" "p99 <= $T_LAG_P99_MS ms" "$(check le "${R[lag.p99]}" $T_LAG_P99_MS)"
row "  at" "${R[lag.rate]}/s, ${R[lag.n]} events, ${R[lag.err]} errors" "1,000 creates/s" ""
row "  received - ce_time p50 / p99" "${R[lagrx.p50]} / ${R[lagrx.p99]} ms" "" ""
row "RSS after the load" "${R[rss]} MB" "<= $T_RSS_MB MB" "$(check le "${R[rss]}" $T_RSS_MB)"
row "start-up (last, from its log)" "${R[startup]} s" "<= $T_STARTUP_S s" "$(check le "${R[startup]}" $T_STARTUP_S)"
echo
echo "Notes: req/s count 2xx answers only. The broker timestamp is the append time if $TOPIC has"
echo "message.timestamp.type=LogAppendTime, else the relay's send time (CreateTime); 'received' is"
echo "when kcat got the record, an upper bound. pgbench runs bench/ticket-create.pgbench: check its"
echo "PLACEHOLDER lines against ticket-service's migrations; its rows are deleted afterwards."
created=$((1 + ${R[warmup-create.ok]:-0} + ${R[create-c8.ok]:-0} + ${R[create-c32.ok]:-0} + ${R[lag.ok]:-0}))
echo "This run created $created tickets through the API (requester bench-agent) in $DB; they stay."

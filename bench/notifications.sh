#!/usr/bin/env bash
# notification-service benchmark (issue 4). A script that prints figures, never a test.
#
#   ./rapport up --fresh    # in another terminal: the suite must be running
#   bench/notifications.sh  # about a minute
#
# 1. provisions BENCH_PEOPLE requesters over SCIM in skills-service (they reach
#    notification-service as contacts through rapport.people.v1)
# 2. publishes BENCH_TICKETS rapport.ticket.opened.v1 events (bench/TicketFlood.java), raised by an
#    agent for those requesters: each one means an in-app message and an e-mail for the requester
# 3. measures how long until every message is decided (deliveries written) and every e-mail is
#    accepted by ./rapport up's mail catcher (SENT), and notification-service's RSS
#
# Environment: SKILLS_URL (http://localhost:8083), RAPPORT_PG_PORT (15432), RAPPORT_KAFKA_PORT
# (19092), BENCH_PEOPLE (20), BENCH_TICKETS (5000). Tools: psql, jq, curl.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SKILLS=${SKILLS_URL:-http://localhost:8083}
PG_PORT=${RAPPORT_PG_PORT:-15432}
KAFKA="localhost:${RAPPORT_KAFKA_PORT:-19092}"
PEOPLE=${BENCH_PEOPLE:-20}
TICKETS=${BENCH_TICKETS:-5000}
RUN=$(date +%s)

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
ms() { date +%s%3N; }
sql() { psql -h localhost -p "$PG_PORT" -U postgres -d notification_service -tAc "$1"; }
command -v psql > /dev/null || { log "installing postgresql-client"; apt-get install -y -qq postgresql-client > /dev/null; }
curl -sf "http://localhost:8082/q/health/ready" > /dev/null || die "notification-service is not ready (./rapport up)"

HR=$("$ROOT/rapport" token --sub bench-hr --roles integration --ttl 2h)
log "provisioning $PEOPLE requesters over SCIM"
read -r ok failed _ < <(java "$ROOT/bench/ScimProvision.java" "$SKILLS" "$HR" "$PEOPLE" 4 "$RUN")
[[ $failed == 0 ]] || die "SCIM: $failed creates failed"
pattern="%-$RUN@bench.example.com"
until [[ $(sql "select count(*) from contacts where user_name like '$pattern'") == "$PEOPLE" ]]; do sleep 0.2; done
requesters=$(sql "select string_agg(user_name, ',') from contacts where user_name like '$pattern'")

log "publishing $TICKETS ticket events"
start=$(ms)
java -cp "$ROOT/deploy/local/target/lib/*" "$ROOT/bench/TicketFlood.java" "$KAFKA" "$TICKETS" bench "$requesters" > /dev/null
expected=$(( TICKETS * 2 ))
decided_ms=""
while :; do
  read -r made sent < <(sql "select count(*), count(*) filter (where status = 'SENT') from deliveries where recipient like '$pattern'" | tr '|' ' ')
  [[ -z $decided_ms && $made -ge $expected ]] && decided_ms=$(( $(ms) - start ))
  [[ $sent -ge $expected ]] && break
  (( $(ms) - start > 600000 )) && die "not all delivered within 10 minutes ($made decided, $sent sent)"
  sleep 0.5
done
sent_ms=$(( $(ms) - start ))
failed=$(sql "select count(*) from deliveries where recipient like '$pattern' and status in ('FAILED','DEAD')")
pid=$(pgrep -f 'notification-service/target/quarkus-app/quarkus-run.jar' | head -1 || true)
rss=$([[ -n $pid ]] && awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$pid/status" || echo "n/a")

cat <<REPORT

notification-service benchmark ($TICKETS ticket events for $PEOPLE requesters: $expected messages)
  decided (deliveries written)   $decided_ms ms after publishing began = $(( TICKETS * 1000 / decided_ms )) events/s, $(( expected * 1000 / decided_ms )) messages/s
  all sent (e-mails accepted)    $sent_ms ms = $(( TICKETS * 1000 / sent_ms )) e-mails/s; failed or dead: $failed
  notification-service RSS       $rss
REPORT

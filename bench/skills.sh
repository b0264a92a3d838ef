#!/usr/bin/env bash
# skills-service benchmark (issue 3). A script that prints figures, never a test.
#
#   ./rapport up --fresh    # in another terminal: the suite must be running (a fresh one is best)
#   bench/skills.sh         # about 2-3 minutes
#
# It builds an organisation through the public APIs, then measures:
#   1. SCIM provisioning: BENCH_PEOPLE users POSTed to /scim/v2/Users by 8 clients (bench/ScimProvision.java)
#   2. reads under load (hey, 16 clients, BENCH_DURATION s each): GET /api/v1/recommendations,
#      GET /api/v1/teams/{id}/gaps, GET /api/v1/gaps (org-wide)
#   3. the ticket consumer: BENCH_TICKETS rapport.ticket.opened.v1 events published at once to
#      rapport.tickets.v1 (bench/TicketFlood.java), and the time until /api/v1/demand counts them all
#   4. skills-service RSS after the load
#
# Environment: SKILLS_URL (default http://localhost:8083), RAPPORT_KAFKA_PORT (19092),
# BENCH_PEOPLE (300), BENCH_TEAMS (12), BENCH_SKILLS (20), BENCH_TICKETS (10000),
# BENCH_DURATION (15). Tools: hey, jq, curl, xargs (apt-get install hey jq when missing).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
S=${SKILLS_URL:-http://localhost:8083}
KAFKA="localhost:${RAPPORT_KAFKA_PORT:-19092}"
PEOPLE=${BENCH_PEOPLE:-300}
TEAMS=${BENCH_TEAMS:-12}
SKILLS=${BENCH_SKILLS:-20}
TICKETS=${BENCH_TICKETS:-10000}
DURATION=${BENCH_DURATION:-15}
RUN=$(date +%s)   # names are unique per run, so the script can run again on the same suite
OUT=$(mktemp -d /tmp/rapport-skills-bench.XXXX)

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
for tool in hey jq curl; do
  command -v $tool > /dev/null || { log "installing $tool"; apt-get install -y -qq $tool > /dev/null; }
done
curl -sf "$S/q/health/ready" > /dev/null || die "skills-service is not ready at $S (./rapport up)"

HR=$("$ROOT/rapport" token --sub bench-hr --roles integration --ttl 2h)
ADMIN=$("$ROOT/rapport" token --sub bench-admin --roles admin --ttl 2h)
export S HR ADMIN RUN

ms() { date +%s%3N; }

# ---- 1. SCIM provisioning ------------------------------------------------------------------
log "provisioning $PEOPLE people over SCIM (8 clients)"
read -r scim_ok scim_failed scim_ms scim_p50 scim_p99 < <(java "$ROOT/bench/ScimProvision.java" "$S" "$HR" "$PEOPLE" 8 "$RUN")
[[ $scim_failed == 0 ]] || die "SCIM: $scim_failed of $PEOPLE creates failed"

ids=$(curl -s "$S/scim/v2/Users?filter=userName%20co%20%22-$RUN@bench%22&count=200&attributes=id" -H "Authorization: Bearer $HR" | jq -r '.Resources[].id')
for start_index in $(seq 201 200 "$PEOPLE"); do
  ids+=$'\n'$(curl -s "$S/scim/v2/Users?filter=userName%20co%20%22-$RUN@bench%22&count=200&startIndex=$start_index&attributes=id" -H "Authorization: Bearer $HR" | jq -r '.Resources[].id')
done
mapfile -t person_ids < <(echo "$ids" | grep -v '^$')
[[ ${#person_ids[@]} == "$PEOPLE" ]] || die "found ${#person_ids[@]} of $PEOPLE people"

# ---- the organisation: skills, levels, teams, requirements ---------------------------------
log "catalogue of $SKILLS skills, 4 levels per person, $TEAMS teams with 5 requirements each"
skill_names=()
for i in $(seq 1 "$SKILLS"); do
  name="bench-$RUN-skill-$i"
  skill_names+=("$name")
  curl -sf -o /dev/null -X POST "$S/api/v1/skills" -H "Authorization: Bearer $ADMIN" \
    -H 'Content-Type: application/json' -d '{"name":"'$name'","category":"bench"}'
done
export SKILLS
level() {  # person index, person id
  local i=$1 id=$2
  for k in 0 1 2 3; do
    local skill="bench-$RUN-skill-$(( (i * 7 + k * 5) % SKILLS + 1 ))" lvl=$(( (i + k) % 5 + 1 ))
    curl -s -o /dev/null -w '%{http_code}\n' -X PUT "$S/api/v1/people/$id/skills/$skill" \
      -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' -d '{"level":'$lvl'}'
  done
}
export -f level
for i in "${!person_ids[@]}"; do echo "$i ${person_ids[$i]}"; done \
  | xargs -P 8 -L 1 bash -c 'level "$0" "$1"' > "$OUT/levels.codes"
grep -qv '^20[01]$' "$OUT/levels.codes" && die "setting levels failed: $(sort "$OUT/levels.codes" | uniq -c | tr '\n' ' ')"

team_ids=()
per_team=$(( PEOPLE / TEAMS ))
for t in $(seq 0 $(( TEAMS - 1 ))); do
  members=$(printf '%s\n' "${person_ids[@]:$(( t * per_team )):$per_team}" | jq -R '{value: .}' | jq -s -c .)
  team_ids+=("$(curl -sf -X POST "$S/scim/v2/Groups" -H "Authorization: Bearer $HR" \
    -H 'Content-Type: application/scim+json' \
    -d '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"bench-'$RUN'-team-'$t'","members":'"$members"'}' | jq -r .id)")
  for r in 0 1 2 3 4; do
    curl -sf -o /dev/null -X PUT "$S/api/v1/teams/${team_ids[$t]}/requirements/bench-$RUN-skill-$(( (t * 3 + r) % SKILLS + 1 ))" \
      -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
      -d '{"minimumLevel":'$(( r % 3 + 3 ))',"headcount":'$(( r + 2 ))'}'
  done
done

# ---- 2. reads under load -------------------------------------------------------------------
hey_run() {  # name url
  log "hey: $1 (16 clients, ${DURATION}s)"
  hey -z 3s -c 4 -H "Authorization: Bearer $ADMIN" "$2" > /dev/null   # warm-up
  hey -z "${DURATION}s" -c 16 -H "Authorization: Bearer $ADMIN" "$2" > "$OUT/$1.hey"
  awk '/Requests\/sec:/ {rps=$2} /^ *50%+ in / {p50=$3*1000} /^ *99%+ in / {p99=$3*1000}
       /^Status code distribution:/ {s=1; next} s && /\[[0-9]+\]/ {code=$1; gsub(/[^0-9]/,"",code); if (code!=200) bad+=$2}
       END {printf "%.0f req/s, p50 %.1f ms, p99 %.1f ms, non-200: %d\n", rps, p50, p99, bad}' "$OUT/$1.hey"
}
rec_url="$S/api/v1/recommendations?skills=${skill_names[0]}:3,${skill_names[1]}:2&priority=P4"
rec=$(hey_run recommendations "$rec_url")
team_gaps=$(hey_run team-gaps "$S/api/v1/teams/${team_ids[0]}/gaps")
org_gaps=$(hey_run org-gaps "$S/api/v1/gaps")

# ---- 3. the ticket consumer ----------------------------------------------------------------
demand_total() {
  curl -s "$S/api/v1/demand?window=PT1H" -H "Authorization: Bearer $ADMIN" \
    | jq --arg run "bench-$RUN-" '[.items[] | select(.skill | startswith($run)) | .tickets] | add // 0'
}
before=$(demand_total)
log "publishing $TICKETS ticket events to rapport.tickets.v1"
flood_skills=$(IFS=,; echo "${skill_names[*]}")
start=$(ms)
java -cp "$ROOT/deploy/local/target/lib/*" "$ROOT/bench/TicketFlood.java" "$KAFKA" "$TICKETS" "$flood_skills" > "$OUT/flood.out" 2> "$OUT/flood.err"
published_ms=$(( $(ms) - start ))
until [[ $(( $(demand_total) - before )) -ge $TICKETS ]]; do
  (( $(ms) - start > 300000 )) && die "the consumer did not catch up within 5 minutes"
  sleep 0.5
done
consumed_ms=$(( $(ms) - start ))

# ---- 4. memory -----------------------------------------------------------------------------
pid=$(pgrep -f 'skills-service/target/quarkus-app/quarkus-run.jar' | head -1 || true)
rss=$([[ -n $pid ]] && awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$pid/status" || echo "n/a")

cat <<REPORT

skills-service benchmark ($PEOPLE people, $TEAMS teams, $SKILLS skills, $TICKETS ticket events; raw output in $OUT)
  SCIM create, 8 clients        $PEOPLE users in $scim_ms ms = $(( PEOPLE * 1000 / scim_ms )) users/s, p50 $scim_p50 ms, p99 $scim_p99 ms
  recommendations, 16 clients   $rec
  team gaps, 16 clients         $team_gaps
  org-wide gaps, 16 clients     $org_gaps
  ticket consumer               $TICKETS events applied $consumed_ms ms after publishing began ($(( TICKETS * 1000 / consumed_ms )) events/s; publishing took $published_ms ms)
  skills-service RSS            $rss
REPORT

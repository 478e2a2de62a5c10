#!/usr/bin/env bash
# Benchmarks of the incident lifecycle issue, on this machine, against the real stack:
#  1. the incident list with 10,000 incidents (and their timelines) at 200 concurrent readers (wrk),
#     beside a baseline of the same server answering its liveness probe;
#  2. 500 live-stream subscribers of one incident receiving one committed event, beside a baseline
#     of a single subscriber.
# Needs: the build (mvn -DskipTests package), wrk and psql (Debian packages wrk, postgresql-client).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
duration="${BENCH_DURATION:-20s}"

home="$(mktemp -d "${TMPDIR:-/tmp}/kuailv-bench.XXXXXX")"
export KUAILV_HOME="$home" KUAILV_HTTP_PORT=28080 KUAILV_KEYCLOAK_PORT=28180 KUAILV_DB_PORT=25432 KUAILV_SMTP_PORT=22525
java -Xmx256m -jar deploy/local/target/kuailv-local-stack.jar >"$home/stack.log" 2>&1 &
stack=$!
trap 'kill $stack 2>/dev/null; wait $stack 2>/dev/null || true; rm -rf "$home"' EXIT
for _ in $(seq 1 300); do
  [ -f "$home/ready" ] && break
  kill -0 "$stack" 2>/dev/null || { cat "$home/stack.log"; exit 1; }
  sleep 1
done
base="http://127.0.0.1:$KUAILV_HTTP_PORT"
psql=(psql -q -h 127.0.0.1 -p "$KUAILV_DB_PORT" -U kuailv -d kuailv -v ON_ERROR_STOP=1)
export PGPASSWORD=kuailv

echo "== seeding 10,000 incidents with two timeline entries each"
"${psql[@]}" <<'SQL'
insert into incident (title, phenomenon, occurred_at, affected_systems, business_lines, regions,
                      status, reporter_subject, reporter_name, reported_at, updated_at, category)
select '压测故障 ' || n, '压测用故障现象 ' || n, now() - n * interval '1 minute', '{OMS}', '{SALES}',
       '{北京}', (array['REPORTED','ASSESSING','RESPONDING','RESOLVED'])[1 + n % 4], 'bench', 'bench',
       now() - n * interval '1 minute', now(), 'OTHER'
from generate_series(1, 10000) n;
insert into incident_timeline (incident_id, kind, actor_subject, actor_name, message, occurred_at)
select id, k, 'bench', 'bench', title, reported_at from incident, unnest(array['REPORTED','NOTE']) k;
analyze;
SQL
"${psql[@]}" -t -c "select count(*) || ' incidents, ' || (select count(*) from incident_timeline) || ' timeline entries' from incident"

token="$(curl -s -d grant_type=client_credentials -d client_id=supply-chain-demo \
  -d client_secret=supply-chain-demo-secret \
  "http://localhost:$KUAILV_KEYCLOAK_PORT/realms/kuailv/protocol/openid-connect/token" |
  sed -E 's/.*"access_token":"([^"]+)".*/\1/')"

p99() { awk '/^ +99%/ {print $2}'; }
rps() { awk '/^Requests\/sec/ {print $2}'; }
run_wrk() { wrk -t2 -c200 -d"$duration" --latency -H "Authorization: Bearer $token" "$1"; }

echo "== warm-up"
wrk -t2 -c50 -d5s -H "Authorization: Bearer $token" "$base/api/v1/incidents?size=20" >/dev/null
echo "== baseline: liveness probe, 200 connections, $duration"
baseline="$(run_wrk "$base/q/health/live")"
echo "== incident list (20 per page, newest first, with total), 200 connections, $duration"
list="$(run_wrk "$base/api/v1/incidents?size=20")"
filtered="$(run_wrk "$base/api/v1/incidents?size=20&status=RESPONDING")"

echo "== the list while an incident is live: random pages and filters, 10 incident events a second"
seconds="${duration%s}"
# Each event is what a lifecycle action writes: a timeline entry and a change to the incident row.
"${psql[@]}" -c "do \$\$ declare target bigint; begin for i in 1..$(( (seconds * 2 + 30) * 10 )) loop
  select id into target from incident
  where id >= (select min(id) + floor(random() * 10000) from incident) order by id limit 1;
  insert into incident_timeline (incident_id, kind, actor_subject, actor_name, message, occurred_at)
  values (target, 'NOTE', 'bench', 'bench', 'bench note', now());
  update incident set updated_at = now(), version = version + 1 where id = target;
  commit; perform pg_sleep(0.1); end loop; end \$\$;" >/dev/null 2>&1 &
writer=$!
# Warm the mix (JIT, connections, the in-memory list) before measuring it, as a server that has
# been up a while is; the figures are the steady state, not the first seconds after a restart.
wrk -t2 -c50 -d10s -s deploy/bench/list-mix.lua -H "Authorization: Bearer $token" "$base" >/dev/null
openloop="$(node deploy/bench/list-openloop.mjs "$base" "$token" 1000 "$seconds")"
mixed="$(wrk -t2 -c200 -d"$duration" --latency -s deploy/bench/list-mix.lua \
  -H "Authorization: Bearer $token" "$base")"
kill "$writer" 2>/dev/null || true

echo "== live streams"
incident="$("${psql[@]}" -t -A -c "select max(id) from incident")"
one="$(node deploy/bench/sse-fanout.mjs "$base" "$token" "$incident" 1 "${psql[@]}")"
many="$(node deploy/bench/sse-fanout.mjs "$base" "$token" "$incident" 500 "${psql[@]}")"

cat <<REPORT

================ results (target: list p99 <= 50 ms; 500 subscribers p99 <= 1000 ms)
baseline /q/health/live     p99 $(p99 <<<"$baseline")   $(rps <<<"$baseline") req/s
incident list               p99 $(p99 <<<"$list")   $(rps <<<"$list") req/s
incident list by status     p99 $(p99 <<<"$filtered")   $(rps <<<"$filtered") req/s
under 10 events/s, open loop at 1,000 req/s over random pages and filters (target p99 <= 50 ms):
                            $openloop
under 10 events/s, 200 connections closed loop, same mix (target >= 6,300 req/s, 3 x 2,100):
                            p99 $(p99 <<<"$mixed")   $(rps <<<"$mixed") req/s
SSE baseline (1 subscriber) $one
SSE fan-out (500)           $many
REPORT

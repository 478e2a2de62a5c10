#!/usr/bin/env bash
# Benchmarks of alert intake, on this machine, backend + PostgreSQL + load generator together:
#  (a) baseline: pgbench, one single-row INSERT … ON CONFLICT … DO UPDATE per transaction;
#  (b) the events API, one alert per request, 16 connections (wrk);
#      (a) and (b) alternate in rounds (BENCH_ROUNDS of BENCH_SLICE seconds), each round printed;
#  (c) Alertmanager-shaped batches of 50 alerts (wrk), beside its own baseline measured right
#      before: pgbench running the same 50-row upsert statement (AlertUpserts' batch statement);
#  (d) alerts stored against alerts answered 2xx.
# Needs: the build (mvn -DskipTests package), wrk, psql and pgbench (Debian: wrk, postgresql-client,
# postgresql-contrib for pgbench).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
duration="${BENCH_DURATION:-20s}"
rounds="${BENCH_ROUNDS:-3}"
slice="${BENCH_SLICE:-10}"
warmup="${BENCH_WARMUP:-15s}"
connections=16 # of each load generator

home="$(mktemp -d "${TMPDIR:-/tmp}/kuailv-bench.XXXXXX")"
export KUAILV_HOME="$home" KUAILV_HTTP_PORT=28080 KUAILV_KEYCLOAK_PORT=28180 KUAILV_DB_PORT=25432 KUAILV_SMTP_PORT=22525
export KUAILV_INTAKE_RATE_PER_SECOND=10000000
java -Xmx256m -jar deploy/local/target/kuailv-local-stack.jar >"$home/stack.log" 2>&1 &
stack=$!
trap 'kill $stack 2>/dev/null; wait $stack 2>/dev/null || true; rm -rf "$home"' EXIT
for _ in $(seq 1 300); do
  [ -f "$home/ready" ] && break
  kill -0 "$stack" 2>/dev/null || { cat "$home/stack.log"; exit 1; }
  sleep 1
done
base="http://127.0.0.1:$KUAILV_HTTP_PORT"
export PGPASSWORD=kuailv
psql_as() { # psql_as USER ARGS…: runs psql on the bench's database as that role
  local user="$1"
  shift
  psql -q -t -A -h 127.0.0.1 -p "$KUAILV_DB_PORT" -U "$user" -d kuailv -v ON_ERROR_STOP=1 "$@"
}
psql=(psql_as kuailv)

new_key() { # new_key TYPE: creates an integration straight in the database, prints its key
  local key hash
  key="bench-$1-$RANDOM$RANDOM$RANDOM"
  hash="$(printf '%s' "$key" | sha256sum | cut -d' ' -f1)"
  "${psql[@]}" -c "insert into integration (name, type, key_hash, key_hint, created_at, key_rotated_at)
    values ('bench $1', '$1', '$hash', 'bench…', now(), now())" >/dev/null
  echo "$key"
}
export EVENTS_KEY ALERTMANAGER_KEY
EVENTS_KEY="$(new_key EVENTS)"
ALERTMANAGER_KEY="$(new_key ALERTMANAGER)"

# Both sides start from the same state: every one of the 200,000 keys the load draws from is stored
# once, so what is measured is the steady state of a storm, repeats of known alerts.
"${psql[@]}" -c "create table bench_upsert (k integer primary key, c integer not null) with (fillfactor = 80)"
"${psql[@]}" -c "insert into bench_upsert (k, c) select k, 1 from generate_series(1, 200000) k"
"${psql[@]}" -c "insert into alert (integration_id, dedup_key, group_key, status, severity, summary, source,
    details, count, first_seen_at, last_seen_at)
  select i.id, 'bench-' || k, 'bench', 'OPEN', 'WARNING', '压测告警', 'bench', '{}', 1, now(), now()
  from integration i cross join generate_series(1, 200000) k where i.name = 'bench EVENTS'"
"${psql[@]}" -c "vacuum analyze bench_upsert" -c "vacuum analyze alert"

# A server that has run a while reuses its WAL files: each checkpoint recycles them, at least
# min_wal_size of them. A fresh cluster instead zero-fills a new 16 MB file every few seconds of a
# storm, and the batch of commits waiting for it takes ~50 ms. The bench starts from a fresh
# cluster, so it first writes as many WAL files as the server keeps and has them recycled (as the
# superuser: pg_switch_wal and checkpoint).
wal_files="$("${psql[@]}" -c "select setting::bigint / 16 from pg_settings where name = 'min_wal_size'")"
psql_as postgres >/dev/null \
  -c "create table bench_wal_file (n integer)" \
  -c "do \$\$ begin for n in 1..$wal_files loop
        insert into bench_wal_file values (n); perform pg_switch_wal(); end loop; end \$\$" \
  -c "checkpoint"
cat >"$home/upsert.sql" <<'SQL'
\set k random(1, 200000)
insert into bench_upsert (k, c) values (:k, 1) on conflict (k) do update set c = bench_upsert.c + 1;
SQL
# The batch path's own limit: the statement AlertUpserts sends for a batch (one upsert of the batch's
# distinct alerts over arrays, queuing the newly opened ones), with 50 alerts drawn as batch.lua
# draws them and details of the same size.
cat >"$home/batch-upsert.sql" <<SQL
with u as (select distinct on (d) d, 'i' || g as src from (select 'fp-' || (1 + floor(random() * 1000000))::int as d, g
    from generate_series(1, 50) g) x),
  up as (insert into alert (integration_id, dedup_key, group_key, status, severity, summary, source, details,
      count, first_seen_at, last_seen_at)
    select (select id from integration where name = 'bench ALERTMANAGER'), d, 'bench', 'OPEN', 'WARNING',
      '压测批量告警', src, ('{"labels":{"alertname":"Bench","instance":"' || src || '","severity":"warning"},'
      || '"annotations":{"summary":"压测批量告警"},"generatorURL":null}')::jsonb, 1, now(), now() from u
    on conflict (integration_id, dedup_key) where status = 'OPEN' do update set
      count = alert.count + excluded.count, last_seen_at = excluded.last_seen_at,
      severity = excluded.severity, summary = excluded.summary, details = alert.details || excluded.details
    returning id, last_seen_at, (xmax = 0) as opened)
insert into alert_routing_queue (alert_id, queued_at) select id, last_seen_at from up where opened;
SQL
# pgbench_run SECONDS [SCRIPT]: prints tx/s and the p99 latency in ms, from its per-transaction log corrected
# for coordinated omission as wrk corrects its own: with i the mean time between one client's
# transactions, a latency L also counts L - i, L - 2i, … while above i (the transactions a steady
# client would have waited on meanwhile).
pgbench_run() {
  local out
  rm -rf "$home/pgbench" && mkdir "$home/pgbench"
  out="$(cd "$home/pgbench" && pgbench -n -h 127.0.0.1 -p "$KUAILV_DB_PORT" -U kuailv \
    -c "$connections" -j 2 -T "$1" -l -f "${2:-$home/upsert.sql}" kuailv)"
  echo "$(awk -F'= ' '/^tps/ {print $2+0; exit}' <<<"$out") $(cat "$home"/pgbench/pgbench_log.* |
    awk -v seconds="$1" -v clients="$connections" '{l[NR] = $3}
      END {i = seconds * 1e6 * clients / NR
        for (n = 1; n <= NR; n++) {print l[n]; for (m = l[n] - i; m > i; m -= i) print m}}' |
    sort -n | awk '{v[NR] = $1} END {printf "%.2f", v[int(NR * 0.99)] / 1000}')"
}

stored() { # stored NAME: alerts counted so far for the bench integration of that name
  "${psql[@]}" -c "select coalesce(sum(count), 0) from alert a join integration i on i.id = a.integration_id where i.name = '$1'"
}
quiet() { # waits until routing has taken every queued alert, so a phase starts on a quiet system
  local began=$SECONDS
  until [ "$("${psql[@]}" -c "select count(*) from alert_routing_queue")" = 0 ]; do
    [ $((SECONDS - began)) -gt 300 ] && { echo "routing queue did not drain in 300 s" >&2; exit 1; }
    sleep 1
  done
}
field() { awk "/$1/ {print \$2; exit}"; }
requests() { awk '/requests in/ {print $1; exit}'; }
p99() { awk '/^ +99%/ {print $2; exit}'; }
non2xx() { awk '/Non-2xx/ {n = $5} END {print n + 0}'; }
ms() { awk '{v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /[0-9]s$/ && $1 !~ /ms$/) v *= 1000; print v}' <<<"$1"; }
verdict() { if awk "BEGIN {exit !($1)}"; then echo met; else echo "NOT met"; fi; }

# Each phase starts warm (compiled, cached); batches warm up right before (c). The warm-up goes
# through the rounds' idle-then-busy cycle twice: the JVM recompiles much of its network path the
# first time events resume after a pause, which a long-running backend has long done.
echo "== warm-up, 2 cycles of $warmup each (not measured): pgbench, events"
for _ in 1 2; do
  pgbench_run "${warmup%s}" >/dev/null
  wrk -t2 -c"$connections" -d"$warmup" -s deploy/bench/event.lua "$base" >/dev/null
  quiet
done

# (a) and (b) alternate in rounds, so a slower minute of the machine weighs on both alike.
echo "== (a) pgbench single-row upsert and (b) events API, $connections connections each, $rounds rounds of $slice s"
ev_before="$(stored 'bench EVENTS')"
ev_ok=0 base_sum=0 ev_sum=0 ev_p99_max=0 base_p99_max=0
checkpoints() { "${psql[@]}" -c "select num_timed + num_requested from pg_stat_checkpointer"; }
for round in $(seq 1 "$rounds"); do
  began_checkpoints="$(checkpoints)"
  read -r tps base_p99 < <(pgbench_run "$slice")
  events="$(wrk -t2 -c"$connections" -d"${slice}s" --latency -s deploy/bench/event.lua "$base")"
  rps="$(field 'Requests\/sec' <<<"$events")"
  p99="$(p99 <<<"$events")"
  ev_ok=$(( ev_ok + $(requests <<<"$events") - $(non2xx <<<"$events") ))
  base_sum="$(awk "BEGIN {print $base_sum + $tps}")"
  ev_sum="$(awk "BEGIN {print $ev_sum + $rps}")"
  ev_p99_max="$(awk "BEGIN {a = $(ms "$p99"); print (a > $ev_p99_max) ? a : $ev_p99_max}")"
  base_p99_max="$(awk "BEGIN {print ($base_p99 > $base_p99_max) ? $base_p99 : $base_p99_max}")"
  printf '   round %d: (a) %6.0f tx/s, p99 %s ms   (b) %6.0f req/s = %.2f x, p99 %s   (checkpoints: %d)\n' \
    "$round" "$tps" "$base_p99" "$rps" "$(awk "BEGIN {print $rps / $tps}")" "$p99" $(( $(checkpoints) - began_checkpoints ))
  quiet
done
base_tps="$(awk "BEGIN {printf \"%.0f\", $base_sum / $rounds}")"
ev_rps="$(awk "BEGIN {printf \"%.0f\", $ev_sum / $rounds}")"

echo "== warm-up of batches, $warmup (not measured)"
wrk -t2 -c"$connections" -d"$warmup" -s deploy/bench/batch.lua "$base" >/dev/null
quiet
echo "== (c) baseline: pgbench, the same 50-row upsert statement, $connections connections, $duration"
read -r batch_tps batch_base_p99 < <(pgbench_run "${duration%s}" "$home/batch-upsert.sql")
quiet
b_before="$(stored 'bench ALERTMANAGER')"
echo "== (c) Alertmanager batches of 50, $connections connections, $duration"
batches="$(wrk -t2 -c"$connections" -d"$duration" --latency -s deploy/bench/batch.lua "$base")"
sleep 2

b_rps="$(field 'Requests\/sec' <<<"$batches")"
b_p99="$(p99 <<<"$batches")"
b_ok=$(( ($(requests <<<"$batches") - $(non2xx <<<"$batches")) * 50 ))
ev_stored=$(( $(stored 'bench EVENTS') - ev_before ))
b_stored=$(( $(stored 'bench ALERTMANAGER') - b_before ))

b_alerts="$(awk "BEGIN {printf \"%.0f\", $b_rps * 50}")"
ratio="$(awk "BEGIN {printf \"%.2f\", $ev_rps / $base_tps}")"
batch_base="$(awk "BEGIN {printf \"%.0f\", $batch_tps * 50}")"
batch_ratio="$(awk "BEGIN {printf \"%.2f\", $b_alerts / $batch_base}")"

cat <<REPORT

================ results
(a) pgbench single-row upsert       $base_tps tx/s   (mean of $rounds rounds)   worst round's p99 ${base_p99_max} ms
(b) events API, 1 alert/request     $ev_rps req/s = $ratio x baseline   worst round's p99 ${ev_p99_max} ms   (target >= 0.9 x, p99 <= 25 ms: $(verdict "$ratio >= 0.9 && $ev_p99_max <= 25"))
(c) baseline: pgbench 50-row upsert $batch_base alerts/s ($batch_tps tx/s)   p99 ${batch_base_p99} ms
(c) Alertmanager batches of 50      $b_alerts alerts/s = $batch_ratio x its baseline   p99 $b_p99   (target >= 25000 alerts/s, p99 <= 500 ms: $(verdict "$b_alerts >= 25000 && $(ms "$b_p99") <= 500"))
(d) events:  answered 2xx $ev_ok, stored $ev_stored ($(verdict "$ev_stored >= $ev_ok"))
    batches: answered 2xx $b_ok, stored $b_stored ($(verdict "$b_stored >= $b_ok"))
    (wrk stops with up to 16 requests in flight; the server may have committed those too)
REPORT
